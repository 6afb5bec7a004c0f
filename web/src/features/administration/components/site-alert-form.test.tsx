import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { SiteAlertForm } from './site-alert-form';

afterEach(() => vi.unstubAllGlobals());

describe('SiteAlertForm', () => {
  it('needs a title', async () => {
    const { calls } = fakeApi({});
    renderWithProviders(<SiteAlertForm />);
    await userEvent.click(screen.getByRole('button', { name: 'Issue site alert' }));
    expect(screen.getByText('Give the alert a title.')).toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it('raises a site alert with the chosen severity', async () => {
    const { calls } = fakeApi({ 'POST /api/alerts': new Response(null, { status: 201 }) });
    renderWithProviders(<SiteAlertForm />);
    await userEvent.type(screen.getByLabelText('Title'), 'Maintenance tonight');
    await userEvent.selectOptions(screen.getByLabelText('Severity'), 'warning');
    await userEvent.type(screen.getByLabelText('Message (optional)'), 'Offline 22:00–22:15');
    await userEvent.click(screen.getByRole('button', { name: 'Issue site alert' }));
    expect(await screen.findByText('Everyone now sees “Maintenance tonight”.')).toBeInTheDocument();
    expect(calls[0]?.body).toEqual({
      alert_type: 'site',
      title: 'Maintenance tonight',
      message: 'Offline 22:00–22:15',
      severity: 'warning',
    });
  });
});
