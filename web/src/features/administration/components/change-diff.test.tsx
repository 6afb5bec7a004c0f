import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChangeDiff } from './change-diff';

describe('ChangeDiff', () => {
  it('shows each changed field with its value before and after', () => {
    render(
      <ChangeDiff
        action="update"
        caption="Changes: users 4"
        changes={{ user_is_manager: { old: false, new: true }, alias: { old: 'tom', new: null } }}
      />,
    );
    const table = screen.getByRole('table', { name: 'Changes: users 4' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Field', 'Before', 'After']);
    const manager = within(table).getByRole('row', { name: /Manager/ });
    expect(
      within(manager)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['No', 'Yes']);
    const alias = within(table).getByRole('row', { name: /Alias/ });
    expect(
      within(alias)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['tom', '—nothing']);
    expect(screen.queryByText(/"old"/)).not.toBeInTheDocument();
  });

  it('shows an event’s facts as values', () => {
    render(
      <ChangeDiff action="login" caption="Sign-in" changes={{ device_info: 'Chrome on Linux' }} />,
    );
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Field',
      'Value',
    ]);
    expect(screen.getByText('Chrome on Linux')).toBeInTheDocument();
  });

  it('says so when nothing was recorded', () => {
    render(<ChangeDiff action="register" caption="x" changes={{}} />);
    expect(screen.getByText('No field values were recorded.')).toBeInTheDocument();
  });
});
