import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { SendNotificationForm } from './send-notification-form';

afterEach(() => vi.unstubAllGlobals());

const routes = {
  '/api/users': [{ user_id: 3, alias: 'tom', name: 'Tom Torres' }],
  '/api/groups': [{ group_id: 2, group_name: 'manager', group_description: 'Managers' }],
};

describe('SendNotificationForm', () => {
  it('explains what is missing and sends nothing', async () => {
    const { calls } = fakeApi(routes);
    renderWithProviders(<SendNotificationForm />);
    await userEvent.click(screen.getByLabelText('One person'));
    await userEvent.click(screen.getByRole('button', { name: 'Send notification' }));
    expect(screen.getByText('Choose who receives it.')).toBeInTheDocument();
    expect(screen.getByText('Give the notification a title.')).toBeInTheDocument();
    expect(screen.getByText('Write the message.')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('sends a site-wide notification and confirms it', async () => {
    const { calls } = fakeApi({
      ...routes,
      'POST /api/notifications': new Response(null, { status: 201 }),
    });
    renderWithProviders(<SendNotificationForm />);
    await userEvent.type(screen.getByLabelText('Title'), '  Yard closed  ');
    await userEvent.type(screen.getByLabelText('Message'), 'Use the north gate.');
    await userEvent.click(screen.getByRole('button', { name: 'Send notification' }));
    expect(await screen.findByText('Sent “Yard closed”.')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({
      title: 'Yard closed',
      message: 'Use the north gate.',
      is_site_wide: true,
    });
    expect(screen.getByLabelText('Title')).toHaveValue('');
  });

  it('sends to a chosen person, and shows the database’s refusal in words', async () => {
    const { calls } = fakeApi({
      ...routes,
      'POST /api/notifications': new Response(
        JSON.stringify({ code: '42501', message: 'new row violates row-level security policy' }),
        { status: 403 },
      ),
    });
    renderWithProviders(<SendNotificationForm />);
    await userEvent.click(screen.getByLabelText('One person'));
    await waitFor(() =>
      expect(screen.getByRole('option', { name: 'tom (Tom Torres)' })).toBeInTheDocument(),
    );
    await userEvent.selectOptions(screen.getByLabelText('Person'), '3');
    await userEvent.type(screen.getByLabelText('Title'), 'Hi');
    await userEvent.type(screen.getByLabelText('Message'), 'Call me');
    await userEvent.click(screen.getByRole('button', { name: 'Send notification' }));
    expect(await screen.findByText(/Not allowed/)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      title: 'Hi',
      message: 'Call me',
      recipient_user_id: 3,
    });
    expect(screen.getByLabelText('Title')).toHaveValue('Hi');
  });
});
