import { describe, expect, it } from 'vitest';
import { DEFAULT_TICKET_PATTERNS, parseTicketPatterns } from '../config/transfer-config';
import { buildingCandidates } from './building-match';
import { chillerEml, outlookMsg, scriptedHtmlEml } from './fixtures/sample-messages';
import { wallClock } from './local-time';
import { parseEml } from './parse-eml';
import { parseMsg } from './parse-msg';
import { proposeDraft } from './propose-draft';
import { readUpload } from './read-upload';
import { findTicketNumber } from './ticket-number';

const patterns = parseTicketPatterns(undefined);
const buildings = [
  { building_id: 1, building_name: 'North Plant', building_address: '1 North Rd' },
  { building_id: 2, building_name: 'Südhaus Annex', building_address: '22 Harbour Street' },
];

describe('parsing email files', () => {
  it('reads a multipart/alternative .eml with a non-ASCII subject and an attachment', async () => {
    const message = await parseEml(await chillerEml());
    expect(message.subject).toBe('Kältemaschine defekt — #12345 North Plant');
    expect(message.sentAt?.toISOString()).toBe('2026-03-05T16:30:00.000Z');
    expect(message.text).toBe(
      'The chiller on the roof trips every hour.\nPlease check the compressor.',
    );
    expect(message.attachments).toEqual([
      { file_name: 'nameplate.jpg', content_type: 'image/jpeg', byte_size: 2048 },
    ]);
  });

  it('turns an HTML body into text without scripts, styles, links or images', async () => {
    const message = await parseEml(await scriptedHtmlEml());
    expect(message.text).toBe('Door controller at 22 Harbour Street is offline.\n\ndetails');
    expect(message.text).not.toMatch(/evil|script|alert|<|color/);
  });

  it('reads an Outlook .msg with an HTML body and an attachment', () => {
    const message = parseMsg(outlookMsg());
    expect(message.subject).toBe('Ticket 4711: Brandmeldeanlage prüfen');
    expect(message.sentAt?.toISOString()).toBe('2026-01-15T14:05:00.000Z');
    expect(message.text).toBe('Fire panel at North Plant reports fault on loop 2.');
    expect(message.attachments).toEqual([
      { file_name: 'panel-log.txt', content_type: 'text/plain', byte_size: 13 },
    ]);
  });

  it('refuses damaged files with a reason', async () => {
    const msg = outlookMsg();
    await expect(readUpload('cut.msg', msg.subarray(0, 1000))).rejects.toThrow(/^cut\.msg: /);
    const eml = await chillerEml();
    await expect(readUpload('cut.eml', eml.subarray(0, eml.length - 200))).rejects.toThrow(
      'cut.eml: a multipart section never ends (truncated?)',
    );
    await expect(readUpload('headers.eml', Buffer.from('Subject: hi'))).rejects.toThrow(
      /truncated/,
    );
    await expect(readUpload('setup.eml', Buffer.from('MZ\x90\x00binary'))).rejects.toThrow(
      'setup.eml: the content is a program, not a .eml file',
    );
    await expect(readUpload('mail.msg', eml)).rejects.toThrow(/plain text, not a .msg file/);
    await expect(readUpload('notes.txt', eml)).rejects.toThrow(/only .eml, .msg and .json/);
  });
});

describe('proposing drafts', () => {
  it('finds ticket numbers by the configured patterns, subject first', () => {
    expect(findTicketNumber('Re: #12345 leak', 'see #999', patterns)).toBe('12345');
    expect(findTicketNumber('leak', 'Ticket no. 4711 again', patterns)).toBe('4711');
    expect(findTicketNumber('wo-5555 door', '', patterns)).toBe('WO-5555');
    expect(findTicketNumber('nothing here', 'call 555 1234', patterns)).toBeNull();
    const custom = parseTicketPatterns('["\\\\bJOB(\\\\d+)"]');
    expect(findTicketNumber('JOB42 today', '', custom)).toBe('42');
    expect(DEFAULT_TICKET_PATTERNS).toHaveLength(3);
    expect(() => parseTicketPatterns('["no group"]')).toThrow(/no \( group \)/);
    expect(() => parseTicketPatterns('not json')).toThrow(/JSON array/);
  });

  it('matches buildings by name or address, ignoring case and accents', () => {
    expect(buildingCandidates('at the NORTH-PLANT roof', buildings)).toEqual([
      { building_id: 1, building_name: 'North Plant', matched_on: 'name' },
    ]);
    expect(buildingCandidates('sudhaus annex', buildings)[0]?.building_id).toBe(2);
    expect(buildingCandidates('22 harbour street', buildings)[0]?.matched_on).toBe('address');
    expect(buildingCandidates('North Plantation', buildings)).toEqual([]);
  });

  it('shows the time on the importing user’s clock', () => {
    const moment = new Date('2026-03-05T16:30:00Z');
    expect(wallClock(moment, 'America/Los_Angeles')).toEqual({ date: '2026-03-05', time: '08:30' });
    expect(wallClock(moment, 'Asia/Tokyo')).toEqual({ date: '2026-03-06', time: '01:30' });
  });

  it('builds a draft with warnings for what the reviewer must decide', async () => {
    const message = await parseEml(await scriptedHtmlEml());
    const draft = proposeDraft(message, 'door.eml', {
      ticketPatterns: patterns,
      buildings,
      timeZone: 'Europe/Berlin',
    });
    expect(draft).toMatchObject({
      ticket_number: 'WO-777',
      building_id: 2,
      job_name: 'WO-777 door controller offline',
      job_date: '2026-07-02',
      job_start_time: '01:15',
      job_end_time: null,
      source_file: 'door.eml',
      warnings: [],
    });
    const both = proposeDraft(
      { subject: 'North Plant and Südhaus Annex', sentAt: null, text: '', attachments: [] },
      'x.eml',
      { ticketPatterns: patterns, buildings, timeZone: 'UTC' },
    );
    expect(both.building_id).toBeNull();
    expect(both.building_candidates).toHaveLength(2);
    expect(both.warnings).toEqual([
      'no ticket number found',
      'several buildings match',
      'the message has no date',
    ]);
  });
});
