import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Pager } from './pager';

describe('Pager', () => {
  it('shows the range and moves between pages', async () => {
    const onPage = vi.fn();
    render(<Pager page={2} pageSize={20} total={45} onPage={onPage} label="Jobs pages" />);
    expect(screen.getByRole('navigation', { name: 'Jobs pages' })).toHaveTextContent('21–40 of 45');
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(onPage).toHaveBeenCalledWith(3);
  });
  it('disables what leads nowhere', () => {
    render(<Pager page={1} pageSize={20} total={5} onPage={() => {}} label="Pages" />);
    expect(screen.getByRole('button', { name: /Previous/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: /Next/ })).toBeDisabled();
  });
});
