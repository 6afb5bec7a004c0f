import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { LoginForm } from './login-form';

async function fill(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Email'), 'dana@example.com');
  await user.type(screen.getByLabelText('Password'), 'wrong password');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginForm', () => {
  it('says plainly when the credentials are wrong', async () => {
    const user = userEvent.setup();
    const onSignIn = vi
      .fn()
      .mockRejectedValue(new ApiError({ status: 401, message: 'invalid_credentials' }));
    render(<LoginForm onSignIn={onSignIn} />);
    await fill(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The email or password is not right',
    );
    expect(onSignIn).toHaveBeenCalledWith('dana@example.com', 'wrong password');
  });

  it('shows the lock-out wait time and disables signing in', async () => {
    const user = userEvent.setup();
    const onSignIn = vi
      .fn()
      .mockRejectedValue(new ApiError({ status: 429, message: 'locked', retryAfter: 250 }));
    render(<LoginForm onSignIn={onSignIn} />);
    await fill(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('4 minutes 10 seconds');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  });

  it('counts the wait down', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const onSignIn = vi
      .fn()
      .mockRejectedValue(new ApiError({ status: 429, message: 'locked', retryAfter: 3 }));
    render(<LoginForm onSignIn={onSignIn} />);
    await fill(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('3 seconds');
    await act(async () => {
      vi.advanceTimersByTime(4000);
    });
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    vi.useRealTimers();
  });
});
