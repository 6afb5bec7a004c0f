import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RegisterForm } from './register-form';

afterEach(() => vi.unstubAllGlobals());

function renderForm(onRegistered = vi.fn()) {
  render(
    <MemoryRouter>
      <RegisterForm onRegistered={onRegistered} />
    </MemoryRouter>,
  );
  return onRegistered;
}

describe('RegisterForm', () => {
  it('marks each field live once it has been left', async () => {
    const user = userEvent.setup();
    renderForm();
    const password = screen.getByLabelText(/^Password \(at least/);
    await user.type(password, 'short');
    await user.tab();
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Use at least 8 characters.')).toBeInTheDocument();
    await user.type(password, ' but longer');
    expect(password).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('does not send an incomplete form', async () => {
    const user = userEvent.setup();
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    renderForm();
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(screen.getByText('You must agree to the terms to register.')).toBeInTheDocument();
  });

  it('shows the server’s per-field errors beside the fields', async () => {
    const user = userEvent.setup();
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(
        new Response(
          JSON.stringify({
            code: 'validation_failed',
            message: 'invalid',
            fields: { email: 'email_taken' },
          }),
          {
            status: 422,
            headers: { 'Content-Type': 'application/json' },
          },
        ),
      ),
    );
    const onRegistered = renderForm();
    await user.type(screen.getByLabelText('Full name'), 'Dana Field');
    await user.type(screen.getByLabelText(/Alias/), 'dana');
    await user.type(screen.getByLabelText('Email'), 'dana@example.com');
    await user.type(screen.getByLabelText(/^Password \(at least/), 'long enough');
    await user.type(screen.getByLabelText('Password again'), 'long enough');
    await user.click(screen.getByLabelText(/I agree/));
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText(/already registered/)).toBeInTheDocument();
    expect(onRegistered).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Email')).toHaveValue('dana@example.com');
  });
});
