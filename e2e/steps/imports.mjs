// Browser suites for imports: an email dropped on the new-job page fills the form, and
// the import page reviews several files, one of which needs its building chosen.
import MailComposer from 'nodemailer/lib/mail-composer';
import { DEMO } from '../lib/demo.mjs';

/** A real .eml file, as a mail client writes it. */
async function composeEml({ subject, text }) {
  const composer = new MailComposer({
    from: 'Dispatch <dispatch@example.com>',
    to: 'Field Team <field@example.com>',
    subject,
    date: new Date(),
    text,
  });
  return composer.compile().build();
}

/** Drops files onto `target` the way a browser does: a DataTransfer built in the page. */
async function dropFiles(page, target, files) {
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const transfer = new DataTransfer();
      for (const { name, base64 } of list) {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], name, { type: 'message/rfc822' }));
      }
      return transfer;
    },
    files.map(({ name, data }) => ({ name, base64: data.toString('base64') })),
  );
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

export function importsSuites({ go, visit, signIn }) {
  // Ticket numbers the patterns recognise ("Ticket 123…"), new on every run.
  const base = String(Date.now()).slice(-8);
  const dropped = { number: `7${base}`, name: `Ticket 7${base} chiller alarm` };
  return [
    {
      name: 'imports-drop-on-new-job',
      steps: [
        [
          'an email dropped on the new-job page fills the form, and saving creates the job',
          async (page) => {
            await signIn(page, DEMO.field);
            await go(page, '/jobs/new');
            const zone = page.getByRole('region', { name: 'Fill from an email' });
            await zone.waitFor();
            const data = await composeEml({
              subject: dropped.name,
              text: 'The chiller CH-1 at Harbor Medical Center alarms every night.',
            });
            await dropFiles(page, zone, [{ name: 'chiller.eml', data }]);
            const jobName = page.getByLabel('Job name');
            await page.waitForFunction(
              (expected) => document.querySelector('#job-job_name')?.value === expected,
              dropped.name,
            );
            await page.getByLabel('Description').and(page.locator('textarea')).waitFor();
            const description = await page.getByLabel('Description').inputValue();
            if (!description.includes('alarms every night')) {
              throw new Error(`description not filled: ${description}`);
            }
            const building = page.getByLabel(`Building of new ticket #${dropped.number}`);
            await building.waitFor();
            const chosen = await building.locator('option:checked').textContent();
            if (chosen !== 'Harbor Medical Center') throw new Error(`building: ${chosen}`);
            await jobName.fill(`${dropped.name} (checked)`);
            await page.getByRole('button', { name: 'Save job' }).click();
            await page.waitForURL(/\/jobs\/\d+$/);
            const saved = page.getByRole('button', {
              name: new RegExp(`^Job name ${dropped.name} \\(checked\\)`),
            });
            await saved.waitFor();
            await page.getByText('Harbor Medical Center').first().waitFor();
            await page.reload();
            await saved.waitFor();
          },
        ],
      ],
    },
    {
      name: 'imports-review',
      steps: [
        [
          'two files on the import page: choose the unsure building, confirm, open the new jobs',
          async (page) => {
            await signIn(page, DEMO.field);
            await go(page, '/import');
            const clear = await composeEml({
              subject: `Ticket 8${base} rooftop unit noisy`,
              text: 'RTU-3 at Riverside Office Park makes a grinding noise.',
            });
            const unsure = await composeEml({
              subject: `Ticket 9${base} fire panel fault`,
              text: 'Fire panels at Harbor Medical Center and Northgate School both report a fault.',
            });
            await page.getByLabel('Choose files').setInputFiles([
              { name: 'rooftop.eml', mimeType: 'message/rfc822', buffer: clear },
              { name: 'fire-panel.eml', mimeType: 'message/rfc822', buffer: unsure },
            ]);
            await page.getByRole('heading', { name: 'Review 2 jobs' }).waitFor();
            await page.getByText('1 job needs a choice or a fix before confirming.').waitFor();
            await visit(page, 'import');
            const second = page.getByRole('group', { name: /Job 2 of 2/ });
            const choice = second.getByLabel('Building');
            const named = await choice
              .locator('optgroup[label="Named in the message"] option')
              .allTextContents();
            if (named.sort().join() !== 'Harbor Medical Center,Northgate School') {
              throw new Error(`candidates: ${named}`);
            }
            await choice.selectOption({ label: 'Northgate School' });
            await page.getByText('Every job is ready to be created.').waitFor();
            await page.getByRole('button', { name: 'Create 2 jobs' }).click();
            await page.getByRole('heading', { name: 'Imported 2 jobs' }).waitFor();
            await page.getByRole('cell', { name: 'fire-panel.eml' }).waitFor();
            await page.getByRole('link', { name: `Ticket 9${base} fire panel fault` }).click();
            await page.waitForURL(/\/jobs\/\d+$/);
            await page.getByText('Northgate School').first().waitFor();
          },
        ],
        [
          'a file that is not an email is refused, naming the file',
          async (page) => {
            await go(page, '/import');
            await page.getByLabel('Choose files').setInputFiles([
              {
                name: 'notes.eml',
                mimeType: 'message/rfc822',
                buffer: Buffer.from('MZ\x90\x00'),
              },
            ]);
            await page.getByRole('alert').filter({ hasText: 'notes.eml' }).waitFor();
          },
        ],
      ],
    },
  ];
}
