import { type ReactNode, useCallback, useState } from 'react';
import Button from 'react-bootstrap/Button';
import Toast from 'react-bootstrap/Toast';
import ToastContainer from 'react-bootstrap/ToastContainer';
import { ToastContext, type ToastInput } from './toast-context';

interface ShownToast extends ToastInput {
  id: number;
}

let nextId = 1;

/** Holds the toasts; the container is a polite live region so screen readers hear them. */
export function Toaster({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const dismiss = useCallback(
    (id: number) => setToasts((all) => all.filter((t) => t.id !== id)),
    [],
  );
  const show = useCallback((toast: ToastInput) => {
    setToasts((all) => [...all.slice(-3), { ...toast, id: nextId++ }]);
  }, []);

  return (
    <ToastContext.Provider value={show}>
      {children}
      <div aria-live="polite" aria-atomic="false" className="toast-region">
        <ToastContainer
          position="bottom-center"
          className="p-3 position-fixed"
          style={{ zIndex: 1090 }}
        >
          {toasts.map((toast) => (
            <Toast
              key={toast.id}
              bg={toast.variant === 'danger' ? 'danger' : undefined}
              onClose={() => dismiss(toast.id)}
              delay={toast.duration ?? (toast.action ? 10_000 : 5_000)}
              autohide
            >
              <Toast.Body className="d-flex align-items-center gap-2">
                <span className={`flex-grow-1${toast.variant === 'danger' ? ' text-white' : ''}`}>
                  {toast.message}
                </span>
                {toast.action && (
                  <Button
                    size="sm"
                    variant={toast.variant === 'danger' ? 'light' : 'primary'}
                    onClick={() => {
                      dismiss(toast.id);
                      void toast.action?.run();
                    }}
                  >
                    {toast.action.label}
                  </Button>
                )}
                <button
                  type="button"
                  className={`btn-close${toast.variant === 'danger' ? ' btn-close-white' : ''}`}
                  aria-label="Close message"
                  onClick={() => dismiss(toast.id)}
                />
              </Toast.Body>
            </Toast>
          ))}
        </ToastContainer>
      </div>
    </ToastContext.Provider>
  );
}
