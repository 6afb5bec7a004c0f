import { createContext, useContext } from 'react';

export interface ToastAction {
  label: string;
  run: () => unknown;
}

export interface ToastInput {
  message: string;
  variant?: 'success' | 'danger' | 'info' | 'warning';
  action?: ToastAction;
  /** Milliseconds before it fades; undo toasts stay longer. */
  duration?: number;
}

export const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

/** Shows a short message (with an optional action such as Undo) at the bottom of the screen. */
export function useToast(): (toast: ToastInput) => void {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast outside Toaster');
  return show;
}
