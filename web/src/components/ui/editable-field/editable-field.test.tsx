import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { EditableField } from './editable-field';

describe('EditableField', () => {
  it('reads as text until clicked, then saves on Enter', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn().mockResolvedValue(undefined);
    render(<EditableField label="Job name" value="Panel swap" onSave={onSave} />);
    expect(screen.queryByRole('textbox')).toBeNull();
    await user.click(screen.getByRole('button', { name: /Job name Panel swap/ }));
    const input = screen.getByRole('textbox', { name: 'Job name' });
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.type(input, 'Panel replacement{Enter}');
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith('Panel replacement');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('cancels with Escape and keeps the old value', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<EditableField label="Job name" value="Panel swap" onSave={onSave} />);
    await user.click(screen.getByRole('button', { name: /Job name/ }));
    await user.type(screen.getByRole('textbox'), ' extra{Escape}');
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: /Job name Panel swap/ })).toBeInTheDocument();
  });

  it('saves on blur', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn().mockResolvedValue(undefined);
    render(
      <>
        <EditableField label="Access needed" value={null} onSave={onSave} />
        <button type="button">elsewhere</button>
      </>,
    );
    await user.click(screen.getByRole('button', { name: /Access needed/ }));
    await user.type(screen.getByRole('textbox'), 'Roof key');
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(onSave).toHaveBeenCalledWith('Roof key');
  });

  it('keeps what was typed and explains the failure when saving fails', async () => {
    const user = userEvent.setup();
    const onSave = vi
      .fn()
      .mockRejectedValue(
        new ApiError({ status: 400, code: '23514', message: 'ticket 42 has been deleted' }),
      );
    render(<EditableField label="Job name" value="Old" onSave={onSave} />);
    await user.click(screen.getByRole('button', { name: /Job name/ }));
    const input = screen.getByRole('textbox');
    await user.clear(input);
    await user.type(input, 'New name{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Ticket 42 has been deleted');
    expect(screen.getByRole('textbox')).toHaveValue('New name');
  });

  it('refuses an empty required value without calling the server', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<EditableField label="Job name" value="Old" required onSave={onSave} />);
    await user.click(screen.getByRole('button', { name: /Job name/ }));
    await user.clear(screen.getByRole('textbox'));
    await user.keyboard('{Enter}');
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Job name cannot be empty.');
  });

  it('does not save when nothing changed', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<EditableField label="Job name" value="Same" onSave={onSave} />);
    await user.click(screen.getByRole('button', { name: /Job name/ }));
    await user.keyboard('{Enter}');
    expect(onSave).not.toHaveBeenCalled();
  });
  it('does not resend a failed draft when focus leaves; Enter retries', async () => {
    const user = userEvent.setup();
    const onSave = vi
      .fn()
      .mockRejectedValueOnce(new ApiError({ status: 401, message: 'session ended' }))
      .mockResolvedValueOnce(undefined);
    render(
      <>
        <EditableField label="Materials used" value={null} onSave={onSave} />
        <button type="button">elsewhere</button>
      </>,
    );
    await user.click(screen.getByRole('button', { name: /Materials used/ }));
    await user.type(screen.getByRole('textbox'), 'Belt dressing{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Your session has ended');
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('textbox'));
    await user.keyboard('{Enter}');
    expect(onSave).toHaveBeenCalledTimes(2);
    expect(onSave).toHaveBeenLastCalledWith('Belt dressing');
  });
});
