import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useToast } from './toast-context';
import { Toaster } from './toaster';

function DeleteButton({ onUndo }: { onUndo: () => void }) {
  const toast = useToast();
  return (
    <button
      type="button"
      onClick={() => toast({ message: 'Job deleted.', action: { label: 'Undo', run: onUndo } })}
    >
      Delete
    </button>
  );
}

describe('Toaster', () => {
  it('offers Undo after a delete and runs it once', async () => {
    const onUndo = vi.fn();
    render(
      <Toaster>
        <DeleteButton onUndo={onUndo} />
      </Toaster>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByText('Job deleted.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Job deleted.')).toBeNull();
  });
});
