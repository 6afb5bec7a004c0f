import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import type { ImportDraft } from '../api/types';
import { ImportWorkflow } from './import-workflow';

afterEach(() => vi.unstubAllGlobals());

const draft = (patch: Partial<ImportDraft>): ImportDraft => ({
  ticket_number: '12345',
  building_id: 1,
  building_candidates: [],
  job_name: 'Chiller trips',
  job_date: '2026-03-05',
  job_start_time: '08:30',
  job_end_time: null,
  job_description: 'The chiller trips.',
  source_file: 'chiller.eml',
  warnings: [],
  ...patch,
});

const proposal = {
  import_id: '6f1c1f4e-3b8e-4d5c-9a51-0c7e9a1d2b3c',
  drafts: [
    draft({ warnings: ['1 attachment(s) not imported'] }),
    draft({
      ticket_number: 'WO-777',
      building_id: null,
      building_candidates: [
        { building_id: 1, building_name: 'North Plant', matched_on: 'name' },
        { building_id: 2, building_name: 'Harbour Annex', matched_on: 'address' },
      ],
      job_name: 'Door controller offline',
      source_file: 'door.eml',
    }),
  ],
  tasks: [],
};

const buildings = [
  { building_id: 2, building_name: 'Harbour Annex' },
  { building_id: 1, building_name: 'North Plant' },
  { building_id: 3, building_name: 'West Depot' },
];

async function uploadTwo(user: ReturnType<typeof userEvent.setup>) {
  await user.upload(screen.getByLabelText('Choose files'), [
    new File(['a'], 'chiller.eml'),
    new File(['b'], 'door.eml'),
  ]);
  await screen.findByRole('heading', { name: 'Review 2 jobs' });
}

describe('ImportWorkflow', () => {
  it('asks for the building where matching was unsure, then confirms the edited drafts', async () => {
    const { calls } = fakeApi({
      'POST /import': proposal,
      [`GET /import/${proposal.import_id}`]: proposal,
      '/api/buildings': buildings,
      [`POST /import/${proposal.import_id}/confirm`]: {
        tickets_created: 2,
        entries_created: 2,
        entry_ids: [41, 42],
        tasks_created: 0,
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<ImportWorkflow />);
    await uploadTwo(user);
    expect(screen.getByText('1 attachment(s) not imported')).toBeInTheDocument();
    expect(
      screen.getByText('1 job needs a choice or a fix before confirming.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Create 2 jobs' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Fix the marked fields in 1 job first.');
    expect(calls.some((c) => c.url.pathname.endsWith('/confirm'))).toBe(false);

    const second = screen.getByRole('group', { name: /Job 2 of 2/ });
    await user.selectOptions(within(second).getByLabelText(/Building/), 'Harbour Annex');
    const name = within(second).getByLabelText(/Job name/);
    await user.clear(name);
    await user.type(name, 'Door controller replaced');
    await user.click(screen.getByRole('button', { name: 'Create 2 jobs' }));

    expect(await screen.findByRole('heading', { name: 'Imported 2 jobs' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Door controller replaced' })).toHaveAttribute(
      'href',
      '/jobs/42',
    );
    const sent = calls.find((c) => c.url.pathname.endsWith('/confirm'))?.body as {
      drafts: ImportDraft[];
    };
    expect(sent.drafts[1]).toMatchObject({ building_id: 2, job_name: 'Door controller replaced' });
  }, 20_000);

  it('confirms only the drafts that were kept', async () => {
    const { calls } = fakeApi({
      'POST /import': proposal,
      [`GET /import/${proposal.import_id}`]: proposal,
      '/api/buildings': buildings,
      [`POST /import/${proposal.import_id}/confirm`]: {
        tickets_created: 0,
        entries_created: 1,
        entry_ids: [41],
        tasks_created: 0,
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<ImportWorkflow />);
    await uploadTwo(user);
    await user.click(screen.getByRole('button', { name: 'Remove job 2' }));
    await user.click(screen.getByRole('button', { name: 'Create 1 job' }));
    await screen.findByRole('heading', { name: 'Imported 1 job' });
    const sent = calls.find((c) => c.url.pathname.endsWith('/confirm'))?.body as {
      drafts: ImportDraft[];
    };
    expect(sent.drafts.map((d) => d.source_file)).toEqual(['chiller.eml']);
  });

  it('names the file the server could not read', async () => {
    fakeApi({
      'POST /import': () =>
        new Response(
          JSON.stringify({ code: 'unreadable_file', message: 'cut.eml: the message is truncated' }),
          { status: 422 },
        ),
    });
    const user = userEvent.setup();
    renderWithProviders(<ImportWorkflow />);
    await user.upload(screen.getByLabelText('Choose files'), new File(['x'], 'cut.eml'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Cut.eml: the message is truncated');
  });

  it('shows a background import’s progress', async () => {
    const progress = {
      import_id: proposal.import_id,
      status: 'parsing',
      files_total: 12,
      files_parsed: 0,
      error: null,
    };
    fakeApi({
      'POST /import': () => new Response(JSON.stringify(progress), { status: 202 }),
      [`GET /import/${proposal.import_id}`]: { ...progress, drafts: [] },
      '/api/import_progress': [{ ...progress, files_parsed: 5 }],
    });
    const user = userEvent.setup();
    renderWithProviders(<ImportWorkflow />);
    await user.upload(screen.getByLabelText('Choose files'), new File(['x'], 'a.eml'));
    expect(await screen.findByText('Read 5 of 12 files…')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '42');
  });
});
