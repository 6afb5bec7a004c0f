import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import type { AlertRow } from '../api/alerts';
import { siteAlertsKey } from '../api/alerts';
import { SiteAlertBanner } from './site-alert-banner';

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

const siteAlert = (id: number, title: string): AlertRow => ({
  alert_id: id,
  alert_type: 'site',
  severity: 'info',
  title,
  message: `${title}: details`,
  created_by: 1,
  created_at: '2026-03-02T15:00:00Z',
  resolved_at: null,
});

describe('SiteAlertBanner', () => {
  it('asks for unresolved site alerts and shows them in a polite live region', async () => {
    const { calls } = fakeApi({
      '/api/alerts': [siteAlert(2, 'New terms'), siteAlert(1, 'Maintenance')],
    });
    const { container } = renderWithProviders(<SiteAlertBanner enabled />);
    const region = await screen.findByRole('region', { name: 'Site announcements' });
    expect(region).toHaveTextContent('New terms: details');
    expect(region).toHaveTextContent('Maintenance: details');
    expect(container.querySelector('[aria-live="polite"]')).toContainElement(region);
    const query = calls[0]?.url.searchParams;
    expect(query?.get('alert_type')).toBe('eq.site');
    expect(query?.get('resolved_at')).toBe('is.null');
  });

  it('hides a dismissed alert for the rest of the session, and new ones still show', async () => {
    const alerts = [siteAlert(1, 'Maintenance')];
    fakeApi({ '/api/alerts': () => alerts });
    const first = renderWithProviders(<SiteAlertBanner enabled />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Hide “Maintenance” for this session' }),
    );
    expect(screen.queryByText('Maintenance')).toBeNull();
    first.unmount();
    alerts.push(siteAlert(3, 'New terms'));
    const second = renderWithProviders(<SiteAlertBanner enabled />);
    await screen.findByText('New terms');
    expect(screen.queryByText('Maintenance')).toBeNull();
    // A live hint makes the query stale; a resolved alert leaves the banner.
    alerts.pop();
    await second.client.invalidateQueries({ queryKey: siteAlertsKey });
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Site announcements' })).toBeNull(),
    );
  });
});
