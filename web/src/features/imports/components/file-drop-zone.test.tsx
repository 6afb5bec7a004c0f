import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FileDropZone } from './file-drop-zone';

const eml = () => new File(['Subject: hi\r\n\r\nbody'], 'job.eml', { type: 'message/rfc822' });

describe('FileDropZone', () => {
  it('passes dropped files on', () => {
    const onFiles = vi.fn();
    render(<FileDropZone title="Files to import" onFiles={onFiles} />);
    const zone = screen.getByRole('region', { name: 'Files to import' });
    const file = eml();
    fireEvent.dragOver(zone, { dataTransfer: { files: [file] } });
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    expect(onFiles).toHaveBeenCalledWith([file]);
  });

  it('offers a file button for keyboard users', async () => {
    const onFiles = vi.fn();
    const user = userEvent.setup();
    render(<FileDropZone title="Files to import" onFiles={onFiles} />);
    const file = eml();
    await user.upload(screen.getByLabelText('Choose files'), file);
    expect(onFiles).toHaveBeenCalledWith([file]);
    expect(screen.getByRole('button', { name: 'Choose files' })).toBeEnabled();
  });

  it('ignores drops while busy', () => {
    const onFiles = vi.fn();
    render(<FileDropZone title="Files to import" busy onFiles={onFiles} />);
    fireEvent.drop(screen.getByRole('region', { name: 'Files to import' }), {
      dataTransfer: { files: [eml()] },
    });
    expect(onFiles).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Reading files…' })).toBeDisabled();
  });
});
