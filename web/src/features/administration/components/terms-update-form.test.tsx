import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { TermsUpdateForm } from './terms-update-form';

afterEach(() => vi.unstubAllGlobals());

const settings = {
  '/api/site_settings': [{ setting_value: '3', updated_at: '2026-01-02T10:00:00Z' }],
};

describe('TermsUpdateForm', () => {
  it('will not move the terms until the admin confirms what it means', async () => {
    const { calls } = fakeApi(settings);
    renderWithProviders(<TermsUpdateForm timeZone="UTC" />);
    expect(await screen.findByText('3')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Issue terms update' }));
    expect(screen.getByText('Tick this to confirm the terms update.')).toBeInTheDocument();
    expect(calls.some((c) => c.url.pathname === '/api/rpc/issue_terms_update')).toBe(false);
  });

  it('issues the update and names the new version', async () => {
    const { calls } = fakeApi({ ...settings, 'POST /api/rpc/issue_terms_update': '4' });
    renderWithProviders(<TermsUpdateForm timeZone="UTC" />);
    await userEvent.type(screen.getByLabelText('What changed (optional)'), 'Photos rule');
    await userEvent.click(screen.getByLabelText(/everyone, including me, must agree/));
    await userEvent.click(screen.getByRole('button', { name: 'Issue terms update' }));
    expect(
      await screen.findByText('Terms version 4 is now current. Everyone must agree to it again.'),
    ).toBeInTheDocument();
    expect(calls.find((c) => c.url.pathname === '/api/rpc/issue_terms_update')?.body).toEqual({
      title: 'The terms and conditions have changed',
      message: 'Photos rule',
    });
  });

  it('refuses an empty title before asking the server', async () => {
    fakeApi(settings);
    renderWithProviders(<TermsUpdateForm timeZone="UTC" />);
    await userEvent.clear(screen.getByLabelText('Alert title'));
    await userEvent.click(screen.getByLabelText(/everyone, including me, must agree/));
    await userEvent.click(screen.getByRole('button', { name: 'Issue terms update' }));
    expect(screen.getByText('Give the alert a title.')).toBeInTheDocument();
  });
});
