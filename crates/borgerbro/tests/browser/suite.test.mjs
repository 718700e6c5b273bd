// The browser suite: every page, as every role, at 375 px and 1280 px wide and at 200% zoom
// on the phone, in Debian's Chromium, checked with axe-core (WCAG 2.1 A and AA) and saved as
// screenshots.
// Run: npm test (after `cargo build`); see README.md. Later modules add their pages below.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../..');
const BIN = process.env.BORGERBRO_BIN ?? path.join(root, 'target/debug/borgerbro');
const OUT = process.env.SCREENSHOT_DIR ?? path.join(root, 'tests-output/screenshots');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const WIDTHS = [375, 1280];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// The installed axe-core, not the older copy bundled with @axe-core/playwright.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Who visits, and as which demo persona.
const ROLES = {
  anonymous: null,
  citizen: 'Mette Hansen',
  'citizen-without-mitid-or-cpr': 'Olena Kovalenko',
  'elderly-citizen': 'Karen Jensen',
  'citizen-on-paper': 'Erik Sørensen',
  'relative-helper': 'Peter Jensen',
  'it-volunteer': 'Birgit Holm',
  caseworker: 'Sofie Nielsen',
  'front-desk': 'Jonas Berg',
  'project-owner': 'Lars Mikkelsen',
  'data-protection-officer': 'Hanne Lund',
  administrator: 'Anne Kristensen',
};

// A page reached by its address alone; `url` lets the English pass go there too.
const visit = (url) => Object.assign(async (page) => { await page.goto(url); }, { url });

// Pages everyone sees.
const PUBLIC_PAGES = {
  front: visit('/'),
  help: visit('/hjaelp'),
  accessibility: visit('/tilgaengelighed'),
  login: visit('/log-ind'),
  'not-found': visit('/findes-ikke'),
  'front-english': visit('/sprog/en?tilbage=%2F'),
  'check-text': visit('/tjek-tekst'),
};

const LETTER = 'Kære Karen Jensen\n\nUndertegnede skal hermed fremsende en afgørelse vedrørende Deres ansøgning om '
  + 'boligstøtte, jf. lovens § 3, idet kommunen har foretaget en vurdering af sagen og på baggrund heraf har '
  + 'truffet afgørelse om, at De er berettiget til ydelsen fra den 1. december 2026. De bedes returnere '
  + 'vedlagte blanket i udfyldt stand snarest muligt.';

const PDF = { name: 'Mødeplan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n') };

async function writeLetter(page, button, file) {
  await page.goto('/breve/nyt');
  await page.getByLabel('Find modtageren').fill('Mette');
  await page.getByRole('button', { name: 'Søg' }).click();
  await page.getByLabel('Overskrift', { exact: true }).fill('Husk mødet på tirsdag');
  await page.getByLabel('Kort fortalt', { exact: true }).fill('Vi ses tirsdag kl. 10 i Borgerservice.');
  await page.getByLabel('Brevet', { exact: true }).fill('Kære Mette\n\nVi ses **tirsdag kl. 10** i Borgerservice.\n\nVenlig hilsen\nSofie');
  if (file) await page.getByLabel('Vedhæft bilag (frivilligt)').setInputFiles(file);
  await page.getByRole('button', { name: button }).click();
  await page.waitForLoadState();
}

async function checkText(page, text) {
  await page.goto('/tjek-tekst');
  await page.getByLabel('Din tekst').fill(text);
  await page.getByRole('button', { name: 'Tjek teksten' }).click();
  await page.waitForLoadState();
}

// Pages for logged-in people, by role; a role not named here has only `my-page`.
// The demo's citizen on paper post and his call-back, whose paper letter comes too late.
const ERIK = '0195c0de-0000-7000-8000-00000000000a';
const firstBooking = (base) => async (page) => {
  await page.goto(base);
  await page.locator(`main h2 a[href^="${base}/"]`).first().click();
  await page.waitForLoadState();
};

const ROLE_PAGES = {
  'citizen-on-paper': {
    bookings: visit('/tider'),
    letters: visit('/post'),
    'booking-letter-too-late': firstBooking('/tider'),
  },
  anonymous: {
    'check-text-result': (page) => checkText(page, LETTER),
    'check-text-error': (page) => checkText(page, '   '),
    'help-topic': visit('/hjaelp?emne=letters'),
    'help-places': visit('/hjaelp/steder?emne=mitid&postnummer=8260'),
    'help-places-error': visit('/hjaelp/steder?postnummer=2100'),
    'help-place': visit('/hjaelp/steder/0195c0de-0000-7000-8000-0000000000a6'),
    'help-place-closed-days': visit('/hjaelp/steder/0195c0de-0000-7000-8000-0000000000a4'),
    guides: visit('/hjaelp/guider'),
    guide: visit('/hjaelp/guider/doedsfald'),
    'guide-step': visit('/hjaelp/guider/doedsfald/trin/2'),
    'guide-last-step': visit('/hjaelp/guider/doedsfald/trin/6'),
    'feedback-error': async (page) => {
      await page.goto('/hjaelp/guider/doedsfald/trin/6');
      await page.getByRole('button', { name: 'Send vurderingen' }).click();
      await page.waitForLoadState();
    },
    callback: visit('/ring-mig-op'),
    'callback-error': async (page) => {
      await page.goto('/ring-mig-op');
      await page.getByRole('button', { name: 'Ring mig op' }).click();
      await page.waitForLoadState();
    },
  },
  citizen: {
    forbidden: visit('/admin/api-noegler'),
    inbox: visit('/post'),
    letter: async (page) => {
      await page.goto('/post');
      await page.locator('.bb-letters a').first().click();
      await page.waitForLoadState();
    },
    'post-choice': visit('/min-side/breve-paa-papir'),
    'inbox-unread': visit('/post?ulaeste=1'),
    // A page past a cursor later than every letter: all of them, and the link to newer letters.
    'inbox-older-page': visit('/post?efter=99999999999999_ffffffff-ffff-7fff-bfff-ffffffffffff'),
    'inbox-bad-link': visit('/post?efter=ikke-et-sted'),
    helpers: visit('/hjaelpere'),
    give: visit('/hjaelpere/ny'),
    'give-error': async (page) => {
      await page.goto('/hjaelpere/ny');
      await page.getByRole('button', { name: 'Giv tilladelsen' }).click();
      await page.waitForLoadState();
    },
    bookings: visit('/tider'),
    'booking-choose': visit('/tider/ny?slags=front_desk'),
    'booking-confirm': async (page) => {
      await page.goto('/tider/ny?slags=front_desk');
      await page.locator('.bb-slots a').first().click();
      await page.waitForLoadState();
    },
    'booking-confirm-error': async (page) => {
      await page.goto('/tider/ny?slags=callback');
      await page.locator('.bb-slots a').first().click();
      await page.getByLabel('Telefonnummer').fill('12');
      await page.getByRole('button', { name: 'Book tiden' }).click();
      await page.waitForLoadState();
    },
    'letter-reply-error': async (page) => {
      await page.goto('/post');
      await page.locator('.bb-letters a').first().click();
      await page.getByRole('button', { name: 'Send svaret' }).click();
      await page.waitForLoadState();
    },
  },
  'front-desk': {
    'guide-edit-front-desk': visit('/admin/guider/mistet-mitid/da'),
    stuck: visit('/borgerservice/fastlaast'),
    'front-desk': visit('/borgerservice'),
    'front-desk-found': visit('/borgerservice?q=olena'),
    'front-desk-none-found': visit('/borgerservice?q=findes-ikke'),
    // Olena's letters and protection, behind the reason the suite gave at log-in.
    'front-desk-citizen': visit('/borgerservice/0195c0de-0000-7000-8000-000000000002/post'),
    // Why the front desk opens a citizen's data, and the same refused for an empty reason.
    'desk-reason': visit('/borgerservice/0195c0de-0000-7000-8000-000000000003/hvorfor'),
    'desk-reason-error': async (page) => {
      await page.goto('/borgerservice/0195c0de-0000-7000-8000-000000000003/hvorfor');
      await page.getByRole('button', { name: 'Fortsæt' }).click();
      await page.waitForLoadState();
    },
    'print-queue': visit('/udskrift'),
    'day-bookings': visit('/tider/dagen'),
    'citizen-booking-letter-too-late': firstBooking(`/borgerservice/${ERIK}/tider`),
    slots: visit('/admin/tider'),
    'citizen-bookings': async (page) => {
      await page.goto('/borgerservice?q=karen');
      await page.getByRole('link', { name: 'Book en tid for Karen Jensen' }).click();
      await page.waitForLoadState();
    },
    'citizen-booking-choose': async (page) => {
      await page.goto('/borgerservice?q=karen');
      await page.getByRole('link', { name: 'Book en tid for Karen Jensen' }).click();
      await page.getByRole('link', { name: 'Book en ny tid' }).click();
      await page.getByRole('link', { name: 'Vi ringer dig op' }).click();
      await page.waitForLoadState();
    },
    'give-mandate': async (page) => {
      await page.goto('/borgerservice?q=olena');
      await page.getByRole('link', { name: 'Giv en tilladelse for Olena Kovalenko' }).click();
      await page.waitForLoadState();
    },
    // Olena is protected and lifted again, which leads to the page where she chooses which
    // paused permissions apply again; the next page resumes Birgit's, as the demo had it.
    'resume-permissions': async (page) => {
      await page.goto('/borgerservice?q=olena');
      await page.getByRole('link', { name: 'Breve og beskyttelse for Olena Kovalenko' }).click();
      await page.getByRole('button', { name: 'Beskyt Olena Kovalenko mod digital kontrol' }).click();
      await page.getByRole('button', { name: 'Fjern beskyttelsen af Olena Kovalenko' }).click();
      await page.waitForURL('**/genoptag');
    },
    'resume-permissions-error': async (page) => {
      await page.goto('/borgerservice/0195c0de-0000-7000-8000-000000000002/genoptag');
      await page.getByRole('button', { name: 'Genoptag de valgte tilladelser' }).click();
      await page.waitForLoadState();
    },
    'resume-permissions-done': async (page) => {
      await page.goto('/borgerservice/0195c0de-0000-7000-8000-000000000002/genoptag');
      await page.getByLabel('Birgit Holm').check();
      await page.getByLabel('Hvordan tjekkede du, hvem borgeren er?').selectOption('opholdskort');
      await page.getByRole('button', { name: 'Genoptag de valgte tilladelser' }).click();
      await page.waitForURL('**/tilladelse?genoptaget=1');
    },
    'change-mandate': async (page) => {
      await page.goto('/borgerservice?q=olena');
      await page.getByRole('link', { name: 'Giv en tilladelse for Olena Kovalenko' }).click();
      await page.getByRole('link', { name: 'Ret tilladelsen til Birgit Holm' }).click();
      await page.waitForLoadState();
    },
  },
  'elderly-citizen': {
    'stop-permission': async (page) => {
      await page.goto('/hjaelpere');
      await page.getByRole('link', { name: 'Stop tilladelsen til Peter Jensen' }).click();
      await page.waitForLoadState();
    },
    'give-by-code-error': async (page) => {
      await page.goto('/hjaelpere/ny');
      await page.getByLabel('Hjælperens kode eller CPR-nummer').fill('7F3K-2QXM');
      await page.getByLabel('Læse dine breve').check();
      await page.getByRole('button', { name: 'Giv tilladelsen' }).click();
      await page.waitForLoadState();
    },
    inbox: visit('/post'),
    'inbox-search': visit('/post?q=hjemmehj%C3%A6lp'),
    bookings: visit('/tider'),
    booking: async (page) => {
      await page.goto('/tider');
      await page.locator('.bb-letters a').first().click();
      await page.waitForLoadState();
    },
    'booking-move': async (page) => {
      await page.goto('/tider');
      await page.locator('.bb-letters a').first().click();
      await page.getByRole('link', { name: 'Flyt aftalen' }).click();
      await page.waitForLoadState();
    },
  },
  // Olena reads Ukrainian: her pages open in it after login.
  'citizen-without-mitid-or-cpr': {
    helpers: visit('/hjaelpere'),
    'reading-choices': visit('/min-side/sprog'),
    'change-permission': async (page) => {
      await page.goto('/hjaelpere');
      await page.getByRole('link', { name: 'Змінити дозвіл для Birgit Holm' }).click();
      await page.waitForLoadState();
    },
    'change-permission-error': async (page) => {
      await page.goto('/hjaelpere');
      await page.getByRole('link', { name: 'Змінити дозвіл для Birgit Holm' }).click();
      await page.getByRole('button', { name: 'Зберегти зміну' }).click();
      await page.waitForLoadState();
    },
  },
  'relative-helper': {
    guide: visit('/saadan-hjaelper-du/post'),
    'guide-bookings': visit('/saadan-hjaelper-du/tider'),
  },
  'it-volunteer': {
    helping: visit('/jeg-hjaelper'),
    'helping-code': async (page) => {
      await page.goto('/jeg-hjaelper');
      await page.getByRole('button', { name: /Lav en (ny )?kode/ }).click();
      await page.waitForLoadState();
    },
    'acting-post': async (page) => {
      await page.goto('/jeg-hjaelper');
      await page.getByRole('link', { name: 'Hjælp Olena Kovalenko' }).click();
      await page.waitForLoadState();
    },
    'acting-post-unread': async (page) => {
      await page.goto('/jeg-hjaelper');
      await page.getByRole('link', { name: 'Hjælp Olena Kovalenko' }).click();
      await page.getByLabel('Vis kun ulæste').check();
      await page.getByRole('button', { name: 'Søg' }).click();
      await page.waitForLoadState();
    },
    'acting-bookings': async (page) => {
      await page.goto('/jeg-hjaelper');
      await page.getByRole('link', { name: 'Hjælp Olena Kovalenko' }).click();
      await page.goto(`${page.url()}/tider`);
    },
    'acting-letter': async (page) => {
      await page.goto('/jeg-hjaelper');
      await page.getByRole('link', { name: 'Hjælp Olena Kovalenko' }).click();
      await page.locator('.bb-letters a').first().click();
      await page.waitForLoadState();
    },
  },
  caseworker: {
    write: visit('/breve/nyt'),
    'write-error': async (page) => {
      await page.goto('/breve/nyt');
      await page.getByRole('button', { name: 'Send brevet' }).click();
      await page.waitForLoadState();
    },
    'write-preview': async (page) => {
      await writeLetter(page, 'Se brevet', PDF);
    },
    'write-attachment-error': async (page) => {
      await writeLetter(page, 'Se brevet', { name: 'billede.pdf', mimeType: 'application/pdf', buffer: Buffer.from('GIF89a') });
    },
    escalations: visit('/rykkere'),
    'letter-status': async (page) => {
      await page.goto('/rykkere');
      await page.locator('.bb-letters a').first().click();
      await page.waitForLoadState();
    },
  },
  administrator: {
    slots: visit('/admin/tider'),
    'slots-error': async (page) => {
      await page.goto('/admin/tider');
      await page.getByRole('button', { name: 'Lav tiderne' }).click();
      await page.waitForLoadState();
    },
    'api-keys': visit('/admin/api-noegler'),
    'api-keys-error': async (page) => {
      await page.goto('/admin/api-noegler');
      await page.getByRole('button', { name: 'Lav nøgle' }).click();
      await page.waitForLoadState();
    },
    'help-places-admin': visit('/admin/hjaelpesteder'),
    'help-place-edit': visit('/admin/hjaelpesteder/0195c0de-0000-7000-8000-0000000000a3'),
    'help-place-error': async (page) => {
      await page.goto('/admin/hjaelpesteder/ny');
      await page.getByLabel('Åbningstider og drop-in').fill('fredag 15-9');
      await page.getByRole('button', { name: 'Gem stedet' }).click();
      await page.waitForLoadState();
    },
    'help-import': visit('/admin/hjaelpesteder/import'),
    'guides-admin': visit('/admin/guider'),
    'feedback-summary': visit('/admin/var-det-let'),
    'guide-edit': visit('/admin/guider/breve-paa-papir/da'),
    'api-keys-created': async (page) => {
      await page.goto('/admin/api-noegler');
      await page.getByLabel('Navn på systemet').fill('Telefonrobot');
      await page.getByRole('button', { name: 'Lav nøgle' }).click();
      await page.waitForLoadState();
    },
  },
};

// Notes of disagreement and requests under the data protection rules (mydata's rights
// pages), merged into the roles' pages above.
const KAREN = '0195c0de-0000-7000-8000-000000000003';
const RIGHTS_PAGES = {
  'elderly-citizen': {
    'rights-notes': visit('/mine-data/noter'),
    'rights-notes-error': async (page) => {
      await page.goto('/mine-data/noter');
      await page.getByRole('button', { name: 'Send noten' }).click();
      await page.waitForLoadState();
    },
    'rights-note-on-letter': async (page) => {
      await page.goto('/post');
      await page.locator('.bb-letters a').first().click();
      await page.getByRole('link', { name: /Er noget i brevet ikke rigtigt/ }).click();
      await page.waitForLoadState();
    },
    'rights-requests': visit('/mine-data/anmodninger'),
    'rights-requests-error': async (page) => {
      await page.goto('/mine-data/anmodninger');
      await page.getByRole('button', { name: 'Send anmodningen' }).click();
      await page.waitForLoadState();
    },
    'rights-request': async (page) => {
      await page.goto('/mine-data/anmodninger');
      await page.locator('.bb-letters a').first().click();
      await page.waitForLoadState();
    },
  },
  'relative-helper': {
    'rights-outside-permission': visit(`/jeg-hjaelper/${KAREN}/mine-data/noter`),
  },
  caseworker: {
    'rights-queue': visit('/anmodninger'),
    'rights-request-handle': async (page) => {
      await page.goto('/anmodninger');
      await page.locator('a[href^="/anmodninger/0"]').first().click();
      await page.waitForLoadState();
    },
    'rights-request-extend-error': async (page) => {
      await page.goto('/anmodninger');
      await page.locator('a[href^="/anmodninger/0"]').first().click();
      await page.getByRole('button', { name: 'Giv mere tid' }).click();
      await page.waitForLoadState();
    },
    'rights-note-answer': async (page) => {
      await page.goto('/anmodninger');
      await page.locator('a[href^="/anmodninger/noter/"]').first().click();
      await page.waitForLoadState();
    },
    'rights-note-answer-error': async (page) => {
      await page.goto('/anmodninger');
      await page.locator('a[href^="/anmodninger/noter/"]').first().click();
      await page.getByRole('button', { name: 'Send svaret' }).click();
      await page.waitForLoadState();
    },
  },
  'front-desk': {
    'rights-desk-requests': async (page) => {
      await page.goto('/borgerservice?q=olena');
      await page.getByRole('link', { name: 'Anmodninger og noter om fejl for Olena Kovalenko' }).click();
      await page.waitForLoadState();
    },
    'rights-desk-notes': visit(`/borgerservice/${KAREN}/mine-data/noter`),
  },
};
// Mine data: the overview, who looked, and the record of processing it is written from.
const MINE_DATA_PAGES = {
  'elderly-citizen': {
    'mine-data': visit('/mine-data'),
    'who-looked': visit('/mine-data/hvem-har-kigget'),
  },
  'front-desk': {
    'mine-data-desk': visit(`/borgerservice/${KAREN}/mine-data`),
  },
  administrator: {
    'record-of-processing': visit('/admin/behandlinger'),
  },
};
// Involving citizens in a project (assess), as its owner: the page, and both forms sent
// empty.
const INVOLVEMENT = '/projekter/0195c0de-0000-7000-8000-0000000000e1/inddragelse';
const INVOLVEMENT_PAGES = {
  'project-owner': {
    involvement: visit(INVOLVEMENT),
    'involvement-activity-error': async (page) => {
      await page.goto(INVOLVEMENT);
      await page.getByRole('button', { name: 'Gem aktiviteten' }).click();
      await page.waitForLoadState();
    },
    'involvement-input-error': async (page) => {
      await page.goto(INVOLVEMENT);
      await page.getByLabel('Hvad sagde borgerne?').fill('Behold blanketten');
      await page.getByLabel('Det gør vi ikke.').check();
      await page.getByRole('button', { name: 'Gem input og svar' }).click();
      await page.waitForLoadState();
    },
  },
};
// Public hearings (assess): the list and the demo's closed hearing for anyone; opening
// a hearing and moderating its answers as the project owner. The demo has no open
// hearing, so no page answers one.
const HEARING_OWN = '/projekter/0195c0de-0000-7000-8000-0000000000e1/hoering';
const HEARING_PAGES = {
  anonymous: {
    hearings: visit('/hoeringer'),
    'hearing-closed': visit('/hoeringer/0195c0de-0000-7000-8000-000000001e31'),
  },
  'project-owner': {
    'hearing-open': visit(HEARING_OWN),
    'hearing-open-error': async (page) => {
      await page.goto(HEARING_OWN);
      await page.getByRole('button', { name: 'Åbn høringen' }).click();
      await page.waitForLoadState();
    },
    'hearing-moderation': visit(`${HEARING_OWN}/moderation`),
  },
};
// Projects and their assessments (assess): the owner's list, project, forms and the
// questionnaire, each form also sent with its mistakes; the data protection officer's
// list and project (its sign-offs; the form is walked in tests/assess_pages.rs); the
// published assessments for anyone.
const PUBLISHED_PROJECT = '/projekter/0195c0de-0000-7000-8000-0000000000e1';
const DRAFT_PROJECT = '/projekter/0195c0de-0000-7000-8000-0000000000e2';
const ASSESS_PAGES = {
  anonymous: {
    assessments: visit('/vurderinger'),
    assessment: visit('/vurderinger/0195c0de-0000-7000-8000-0000000000e1'),
    'business-case-published': visit('/vurderinger/0195c0de-0000-7000-8000-0000000000e1/businesscase'),
    figures: visit('/tal'),
    'figures-error': visit('/tal?fra=2099-01&til='),
  },
  'project-owner': {
    projects: visit('/projekter'),
    project: visit(PUBLISHED_PROJECT),
    'project-draft': visit(DRAFT_PROJECT),
    'project-new': visit('/projekter/ny'),
    'project-new-error': async (page) => {
      await page.goto('/projekter/ny');
      await page.getByLabel('Formål').fill('Færre papirsager.');
      await page.getByRole('button', { name: 'Opret projektet' }).click();
      await page.waitForLoadState();
    },
    'project-edit': visit(`${PUBLISHED_PROJECT}/rediger`),
    'project-versions': visit(`${PUBLISHED_PROJECT}/versioner`),
    'business-case': visit(`${PUBLISHED_PROJECT}/businesscase`),
    'business-case-compare': visit(`${PUBLISHED_PROJECT}/businesscase/versioner`),
    'business-case-error': async (page) => {
      await page.goto(`${DRAFT_PROJECT}/businesscase`);
      await page.locator('[id="lines[0].title"]').fill('SMS-løsning');
      await page.locator('[id="lines[0].low"]').fill('900.000');
      await page.locator('[id="lines[0].likely"]').fill('500.000');
      await page.locator('[id="lines[0].high"]').fill('1.200.000');
      await page.getByRole('button', { name: 'Gem og beregn' }).click();
      await page.waitForLoadState();
    },
    benefits: visit(`${PUBLISHED_PROJECT}/gevinster`),
    'benefits-error': async (page) => {
      await page.goto(`${PUBLISHED_PROJECT}/gevinster`);
      await page.locator('#title').fill('Færre opkald om affald');
      await page.locator('#baseline').fill('300');
      await page.locator('#target').fill('tre hundrede');
      await page.getByRole('button', { name: 'Tilføj gevinsten' }).click();
      await page.waitForLoadState();
    },
    questionnaire: visit(`${PUBLISHED_PROJECT}/vurdering`),
    'questionnaire-error': async (page) => {
      await page.goto(`${DRAFT_PROJECT}/vurdering`);
      await page.locator('[id="risks[0].description"]').fill('Ældre mister støtte.');
      await page.getByRole('button', { name: 'Gem vurderingen' }).click();
      await page.waitForLoadState();
    },
  },
  'data-protection-officer': {
    projects: visit('/projekter'),
    project: visit(PUBLISHED_PROJECT),
    'business-case': visit(`${PUBLISHED_PROJECT}/businesscase`),
    benefits: visit(`${PUBLISHED_PROJECT}/gevinster`),
  },
};
for (const extra of [RIGHTS_PAGES, MINE_DATA_PAGES, INVOLVEMENT_PAGES, HEARING_PAGES, ASSESS_PAGES]) {
  for (const [role, pages] of Object.entries(extra)) ROLE_PAGES[role] = { ...(ROLE_PAGES[role] ?? {}), ...pages };
}

let server;
let baseURL;
let browser;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  const cwd = mkdtempSync(path.join(tmpdir(), 'borgerbro-browser-'));
  server = spawn(BIN, ['demo', '--addr', '127.0.0.1:0', '--config', path.join(here, 'limits.toml')], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
  baseURL = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/running at (http:\/\/[^/\s]+)/);
      if (match) resolve(match[1]);
    });
    server.on('exit', (code) => reject(new Error(`borgerbro demo exited with ${code}:\n${out}`)));
    setTimeout(() => reject(new Error(`borgerbro demo did not start:\n${out}`)), 60_000);
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await useTheSite();
});

// What real use leaves behind, made through the pages as people make it, before any page
// is checked: answers to "Var det let?", a note of where a citizen got stuck, letters and
// an answer, bookings, an API key. Without it the tables the suite checks were empty, and
// an empty table never shows what a full one does on a phone (it scrolls, and then a
// keyboard must reach it). The texts are long and unbroken where real ones are.
async function useTheSite() {
  await as(null, async (page) => {
    for (const [task, back, score, words] of [
      ['guide', '/hjaelp/guider/doedsfald/trin/6', 'Let', 'Godt at der stod, hvad jeg skulle have klar.'],
      ['guide', '/hjaelp/guider/mistet-mitid/trin/5', 'Meget svært', 'Jeg forstod ikke, hvad "MitID-kodeviser" betyder, og https://www.mitid.dk/hjaelp/hjaelpemidler/kodeviser/ virkede ikke.'],
      ['booking', '/tider/ny?slags=callback', 'Hverken let eller svært', ''],
      ['answer-letter', '/post', 'Svært', 'Sygesikringsbeviset, boligstøtteansøgningen og folkepensionstillægget'],
    ]) {
      await page.goto(`/var-det-let?opgave=${task}&tilbage=${encodeURIComponent(back)}`);
      await page.getByLabel(score, { exact: true }).check();
      if (words) await page.getByLabel('Vil du fortælle os mere? (Du behøver ikke)').fill(words);
      await page.getByRole('button', { name: 'Send vurderingen' }).click();
      await page.waitForLoadState();
    }
    await page.goto('/ring-mig-op');
    await page.getByLabel('Navn', { exact: true }).fill('Ole Sørensen');
    await page.getByLabel('Telefonnummer').fill('+45 12 34 56 78');
    await page.getByLabel('Hvad vil du tale om?').fill('MitID på ny telefon');
    await page.locator('input[name=slot_id]').first().check();
    await page.getByRole('button', { name: 'Ring mig op' }).click();
    await page.waitForLoadState();
  });
  await as('Jonas Berg', async (page) => {
    await page.goto('/borgerservice/fastlaast');
    await page.getByLabel('Emne').selectOption({ index: 1 });
    await page.getByLabel('Side eller sted').fill('/hjaelp/guider/mistet-mitid/trin/3 og MitID-appens genaktiveringsside');
    await page.getByLabel('Hvad skete der?').fill('Borgeren kunne ikke finde knappen til at bestille en ny kodeviser.');
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.waitForLoadState();
  });
  await as('Mette Hansen', async (page) => {
    // The answer goes on the second letter: the first stays unanswered for its own checks.
    await page.goto('/post');
    await page.locator('.bb-letters a').nth(1).click();
    await page.getByLabel('Dit svar').fill('Tak, jeg har læst det. Kan I ringe til mig om eftermiddagen?');
    await page.getByRole('button', { name: 'Send svaret' }).click();
    await page.waitForLoadState();
    await page.goto('/tider/ny?slags=front_desk');
    await page.locator('.bb-slots a').first().click();
    await page.getByRole('button', { name: 'Book tiden' }).click();
    await page.waitForLoadState();
  });
  await as('Sofie Nielsen', (page) => writeLetter(page, 'Send brevet', PDF));
  await as('Anne Kristensen', async (page) => {
    await page.goto('/admin/api-noegler');
    await page.getByLabel('Navn på systemet').fill('Sagssystem (Ydelsesservice, produktion)');
    await page.getByRole('button', { name: 'Lav nøgle' }).click();
    await page.waitForLoadState();
  });
}

// Does something as a demo persona (or nobody) in a context of its own.
async function as(persona, act) {
  const { context, page } = await newPage(1280);
  if (persona) await logIn(page, persona);
  await act(page);
  await context.close();
}

after(async () => {
  await browser?.close();
  server?.kill();
});

async function newPage(width, options = {}) {
  const context = await browser.newContext({
    baseURL, locale: 'da-DK', viewport: { width, height: 900 }, ...options,
  });
  return { context, page: await context.newPage() };
}

// axe runs inside the page, so it cannot check a page shown with JavaScript off (it waits
// for ever). A flow with JavaScript off has each page it reaches checked as shown: the
// same address, answered with the HTML the flow got (a form's error page included), in a
// page with JavaScript on, at both widths.
async function checkAsShown(shown, label) {
  const [url, html] = [shown.url(), await shown.content()];
  const problems = [];
  for (const width of WIDTHS) {
    const { context, page } = await newPage(width);
    await page.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    await page.goto(url);
    problems.push(...await check(page, label, width));
    await context.close();
  }
  return problems;
}

async function logIn(page, name) {
  await page.goto('/log-ind');
  await page.getByRole('button', { name: `Log ind som ${name}` }).click();
  await page.waitForURL('**/min-side');
  // The front desk says why before it opens a citizen's data (DESIGN.md, mydata): the
  // suite gives its reason for each citizen whose desk pages it opens, then goes on.
  if (name === 'Jonas Berg') {
    for (const citizen of DESK_CITIZENS) await giveReason(page, citizen);
    await page.goto('/min-side');
  }
}

// Karen, Olena and Erik: the citizens the front desk's pages are about.
const DESK_CITIZENS = [
  '0195c0de-0000-7000-8000-000000000003',
  '0195c0de-0000-7000-8000-000000000002',
  '0195c0de-0000-7000-8000-00000000000a',
];

async function giveReason(page, citizen) {
  await page.goto(`/borgerservice/${citizen}/hvorfor`);
  await page.getByLabel('Hvorfor', { exact: true }).fill('Borgeren er i Borgerservice');
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await page.waitForLoadState();
}

// An error summary's links each lead to a field on the page, in the order of the form:
// a summary in another order sends a keyboard or screen reader user back and forth.
function errorSummaryProblem() {
  const links = [...document.querySelectorAll('#error-summary a[href^="#"]')];
  const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
  const missing = links.filter((_, i) => !targets[i]).map((a) => a.hash);
  if (missing.length) return `the error summary links to nothing: ${missing.join(', ')}`;
  const follows = (a, b) => a === b || (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
  const unordered = targets.findIndex((t, i) => i > 0 && !follows(targets[i - 1], t));
  return unordered < 0 ? null
    : `the error summary lists ${links[unordered - 1].hash} before ${links[unordered].hash}; the form has them the other way round`;
}

// 200% zoom on a 375 px phone leaves a page 188 CSS px wide (WCAG 1.4.10, reflow).
// Chromium's deviceScaleFactor does not zoom the layout, so a narrower viewport stands in.
const ZOOMED = 188;

async function check(page, label, width) {
  const results = await new AxeBuilder({ page, axeSource: AXE_SOURCE }).withTags(TAGS).analyze();
  await page.screenshot({ path: path.join(OUT, `${label}-${width}.png`), fullPage: true });
  const problems = results.violations.map((v) => violation(label, width, v));
  const empty = await page.locator('table:not(:has(tbody tr))').count();
  if (empty > 0) problems.push(`${label} @${width}px: ${empty} table(s) without rows: the suite's data should fill them`);
  problems.push(...await sideways(page, label, width));
  if (width === 375) problems.push(...await checkZoomed(page, label));
  const summary = await page.evaluate(errorSummaryProblem);
  if (summary) problems.push(`${label} @${width}px: ${summary}`);
  return problems;
}

// The same page at 200% zoom: nothing but a table's own region scrolls sideways, and such
// a region (which only scrolls at this width) is one a keyboard can reach.
async function checkZoomed(page, label) {
  await page.setViewportSize({ width: ZOOMED, height: 900 });
  const results = await new AxeBuilder({ page, axeSource: AXE_SOURCE })
    .withRules(['scrollable-region-focusable']).analyze();
  const problems = [...results.violations.map((v) => violation(label, ZOOMED, v)), ...await sideways(page, label, ZOOMED)];
  // A screenshot where something is wrong (or when asked for), to keep the suite quick.
  if (problems.length > 0 || process.env.ZOOMED_SCREENSHOTS) {
    await page.screenshot({ path: path.join(OUT, `${label}-${ZOOMED}.png`), fullPage: true });
  }
  return problems;
}

function violation(label, width, v) {
  return `${label} @${width}px: ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`;
}

// How far the page scrolls sideways, and the innermost elements that stick out, so a
// failure says what to fix.
async function sideways(page, label, width) {
  const { overflow, culprits } = await page.evaluate(() => {
    const edge = document.documentElement.clientWidth;
    const out = (e) => e.getBoundingClientRect().right > edge + 1;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((e) => out(e) && !e.closest('.table--responsive-scroll') && ![...e.children].some(out))
      .slice(0, 5).map((e) => `<${e.tagName.toLowerCase()}> "${e.textContent.trim().slice(0, 40)}"`);
    return { overflow: document.documentElement.scrollWidth - edge, culprits };
  });
  return overflow > 0 ? [`${label} @${width}px: scrolls sideways by ${overflow}px: ${culprits.join(', ')}`] : [];
}

for (const [role, persona] of Object.entries(ROLES)) {
  test(`every page as ${role} has no axe violations at 375 and 1280 px, and reflows at 200% zoom`, async () => {
    const problems = [];
    for (const width of WIDTHS) {
      const pages = { ...PUBLIC_PAGES, ...(persona ? { 'my-page': visit('/min-side') } : {}), ...(ROLE_PAGES[role] ?? {}) };
      for (const [name, go] of Object.entries(pages)) {
        // A fresh context per page, so one page's state (language, login) never leaks into another.
        const { context, page } = await newPage(width);
        if (persona) await logIn(page, persona);
        await go(page);
        problems.push(...await check(page, `${role}-${name}`, width));
        await context.close();
      }
    }
    assert.deepEqual(problems, [], problems.join('\n'));
  });
}

// Pages the English pass reaches by clicking, in a way that does not depend on the words
// of a link (the other pages are found by their addresses).
const ENGLISH_CLICKS = {
  citizen: {
    letter: async (page) => {
      await page.goto('/post');
      await page.locator('.bb-letters a').first().click();
      await page.waitForLoadState();
    },
  },
  'elderly-citizen': {
    booking: async (page) => {
      await page.goto('/tider');
      await page.locator('.bb-letters a').first().click();
      await page.waitForLoadState();
    },
  },
  'it-volunteer': {
    'acting-letter': async (page) => {
      await page.goto('/jeg-hjaelper');
      await page.locator('main a[href^="/jeg-hjaelper/"]').first().click();
      await page.locator('.bb-letters a').first().click();
      await page.waitForLoadState();
    },
  },
  caseworker: {
    'letter-status': async (page) => {
      await page.goto('/rykkere');
      await page.locator('.bb-letters a').first().click();
      await page.waitForLoadState();
    },
  },
};

// Danish words that English text does not use. Text with two of them is Danish, and on an
// English page it must sit inside an element that says so (`lang="da"`), so a screen
// reader and "Read aloud" speak it as Danish.
const DANISH_WORDS = ['og', 'ikke', 'jeg', 'på', 'af', 'det', 'er', 'til', 'kan', 'vil', 'hvad', 'hvor',
  'skal', 'dig', 'din', 'dine', 'har', 'med', 'du', 'som', 'der', 'vi', 'hvis', 'eller', 'fra', 'når',
  'mig', 'hun', 'han', 'bliver', 'være', 'også', 'hjælp', 'brev', 'breve', 'borgere', 'borgeren'];

// What people typed (an answer to a letter, a booking's topic, a note, words about a
// page): we do not know its language, so it is shown as written and not marked
// (`.bb-typed` says so in the HTML).
const TYPED_BY_PEOPLE = '.bb-reply-body, .bb-typed, textarea, input';

async function checkEnglish(page, label) {
  const problems = [];
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== 'en') problems.push(`${label} in English: <html lang="${lang}">`);
  const unmarked = await page.evaluate(([words, typed]) => {
    const danish = new Set(words);
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent.closest(`script, style, ${typed}`)) continue;
      const hits = new Set(node.nodeValue.toLowerCase().split(/[^a-zæøåé]+/).filter((w) => danish.has(w)));
      if (hits.size >= 2 && parent.closest('[lang]').getAttribute('lang') !== 'da') {
        found.push(`<${parent.tagName.toLowerCase()}> "${node.nodeValue.trim().slice(0, 60)}"`);
      }
    }
    return found;
  }, [DANISH_WORDS, TYPED_BY_PEOPLE]);
  problems.push(...unmarked.map((text) => `${label} in English: Danish text without lang="da": ${text}`));
  return problems;
}

test('every page in English says so, and marks the Danish it shows as Danish', async () => {
  const problems = [];
  for (const [role, persona] of Object.entries(ROLES)) {
    const pages = { ...PUBLIC_PAGES, ...(persona ? { 'my-page': visit('/min-side') } : {}), ...(ROLE_PAGES[role] ?? {}) };
    const english = Object.fromEntries(Object.entries(pages).filter(([, go]) => go.url));
    for (const [name, go] of Object.entries({ ...english, ...(ENGLISH_CLICKS[role] ?? {}) })) {
      const { context, page } = await newPage(1280);
      if (persona) await logIn(page, persona);
      await page.goto('/sprog/en?tilbage=%2F');
      await go(page);
      const label = `${role}-${name}-en`;
      const results = await new AxeBuilder({ page, axeSource: AXE_SOURCE }).withTags(TAGS).analyze();
      problems.push(...results.violations.map((v) => violation(label, 1280, v)));
      problems.push(...await checkEnglish(page, label));
      await context.close();
    }
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

// The pages a newcomer meets first, in each of the five languages: a citizen's own pages
// (a letter too), a guide's step and the help search, and the front desk's main pages.
const LANGUAGES = ['da', 'en', 'ar', 'uk', 'tr'];
const FIRST_LETTER = async (page) => {
  await page.goto('/post');
  await page.locator('.bb-letters a').first().click();
  await page.waitForLoadState();
};
const IN_EVERY_LANGUAGE = {
  anonymous: [null, {
    front: visit('/'), 'help-search': visit('/hjaelp/steder'),
    'guide-step': visit('/hjaelp/guider/mistet-mitid/trin/1'), accessibility: visit('/tilgaengelighed'),
  }],
  citizen: ['Mette Hansen', {
    'my-page': visit('/min-side'), inbox: visit('/post'), letter: FIRST_LETTER,
    'reading-choices': visit('/min-side/sprog'), helpers: visit('/hjaelpere'),
  }],
  'front-desk': ['Jonas Berg', {
    desk: visit('/borgerservice?q=Karen'), 'desk-citizen': visit(`/borgerservice/${DESK_CITIZENS[0]}/post`),
  }],
};

test('the first pages in all five languages: lang and dir on the page, no axe violations, no sideways scroll', async () => {
  const problems = [];
  for (const lang of LANGUAGES) {
    for (const [role, [persona, pages]] of Object.entries(IN_EVERY_LANGUAGE)) {
      for (const width of WIDTHS) {
        for (const [name, go] of Object.entries(pages)) {
          const { context, page } = await newPage(width);
          if (persona) await logIn(page, persona);
          await page.goto(`/sprog/${lang}?tilbage=%2F`);
          await go(page);
          const label = `${lang}-${role}-${name}`;
          const [htmlLang, dir] = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
          if (htmlLang !== lang) problems.push(`${label}: <html lang="${htmlLang}">`);
          const expected = lang === 'ar' ? 'rtl' : 'ltr';
          if (dir !== expected) problems.push(`${label}: <html dir="${dir}">, not ${expected}`);
          problems.push(...await check(page, label, width));
          await context.close();
        }
      }
    }
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('"Read aloud" reads a Danish letter on an English page with a Danish voice', async () => {
  const { context, page } = await newPage(375);
  // Headless Chromium has no voices; what the page hands to speech synthesis is recorded.
  await context.addInitScript(() => {
    window.spoken = [];
    window.speechSynthesis.speak = (utterance) => window.spoken.push([utterance.lang, utterance.text]);
  });
  await logIn(page, 'Mette Hansen');
  await page.goto('/sprog/en?tilbage=%2F');
  await page.goto('/post');
  await page.getByRole('link', { name: 'Husk mødet på tirsdag' }).first().click();
  await page.getByRole('button', { name: 'Read aloud' }).click();
  const spoken = await page.evaluate(() => window.spoken);
  const danish = spoken.filter(([lang]) => lang === 'da-DK').map(([, text]) => text).join(' ');
  const english = spoken.filter(([lang]) => lang === 'en').map(([, text]) => text).join(' ');
  assert.match(danish, /Husk mødet på tirsdag/);
  assert.match(danish, /Vi ses tirsdag kl\. 10 i Borgerservice/);
  assert.match(english, /From/, `the page's own words are read in English: ${JSON.stringify(spoken)}`);
  assert.doesNotMatch(english, /Borgerservice\./);
  await context.close();
});

test('the skip link is the first thing the keyboard reaches, and it works', async () => {
  const { context, page } = await newPage(1280);
  await page.goto('/');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skipnav');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main-content');
  await context.close();
});

test('with JavaScript off a writer checks a text and sees it marked', async () => {
  const { context, page } = await newPage(375, { javaScriptEnabled: false });
  await checkText(page, LETTER);
  assert.match(await page.locator('main').innerText(), /LIX \d+,\d:/);
  assert.ok(await page.locator('.bb-marked mark').count() >= 3);
  assert.equal(await page.getByLabel('Din tekst').inputValue(), LETTER, 'the text is kept');
  await context.close();
});

test('with JavaScript off a caseworker sends a letter and the citizen reads it', async () => {
  const writer = await newPage(375, { javaScriptEnabled: false });
  await logIn(writer.page, 'Sofie Nielsen');
  await writeLetter(writer.page, 'Send brevet', PDF);
  await writer.page.waitForURL('**/breve/*');
  assert.match(await writer.page.locator('main').innerText(), /Ikke åbnet endnu/);
  const status = writer.page.url();
  const reader = await newPage(375, { javaScriptEnabled: false });
  await logIn(reader.page, 'Mette Hansen');
  await reader.page.goto('/post');
  await reader.page.getByRole('link', { name: 'Husk mødet på tirsdag' }).first().click();
  assert.match(await reader.page.locator('main').innerText(), /Kort fortalt/);
  assert.equal(await reader.page.getByRole('link', { name: 'Mødeplan.pdf' }).count(), 1);
  await reader.page.getByLabel('Dit svar').fill('Jeg kommer.');
  await reader.page.getByRole('button', { name: 'Send svaret' }).click();
  assert.match(await reader.page.locator('main').innerText(), /Dit svar er sendt/);
  assert.equal(await reader.page.getByRole('button', { name: 'Læs op' }).isVisible(), false,
    'reading aloud needs JavaScript, so its button stays hidden');
  await writer.page.goto(status);
  const statusText = await writer.page.locator('main').innerText();
  assert.match(statusText, /Jeg kommer\./);
  assert.match(statusText, /Mødeplan\.pdf/);
  await writer.context.close();
  await reader.context.close();
});

test('with JavaScript off a citizen shows only unread letters and keeps the search words', async () => {
  const { context, page } = await newPage(375, { javaScriptEnabled: false });
  await logIn(page, 'Mette Hansen');
  await page.goto('/post');
  const count = await page.locator('#unread-count').innerText();
  assert.match(count, /ulæst|Ingen ulæste/);
  await page.getByLabel('Søg i dine breve').fill('e');
  await page.getByLabel('Vis kun ulæste').check();
  await page.getByRole('button', { name: 'Søg' }).click();
  await page.waitForLoadState();
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('ulaeste'), '1');
  assert.equal(url.searchParams.get('q'), 'e');
  assert.equal(await page.getByLabel('Søg i dine breve').inputValue(), 'e', 'the words are kept');
  assert.equal(await page.getByLabel('Vis kun ulæste').isChecked(), true);
  const letters = await page.locator('.bb-letter').count();
  assert.equal(await page.locator('.bb-letter.bb-unread').count(), letters, 'only unread letters');
  assert.equal(await page.locator('#unread-count').innerText(), count, 'the count is of the whole inbox');
  await context.close();
});

test('with JavaScript off a citizen finds help near a postcode and follows a guide', async () => {
  const { context, page } = await newPage(375, { javaScriptEnabled: false });
  await page.goto('/');
  await page.getByRole('link', { name: 'Få hjælp' }).first().click();
  await page.getByRole('link', { name: 'Find et sted med hjælp nær dig' }).click();
  await page.getByLabel('Hvad vil du have hjælp til?').selectOption('mitid');
  await page.getByLabel('Postnummer').fill('2100');
  await page.getByRole('button', { name: 'Find hjælp' }).click();
  assert.match(await page.locator('.form-error-message').innerText(), /Vi kender ikke det postnummer/);
  assert.equal(await page.getByLabel('Postnummer').inputValue(), '2100', 'the postcode is kept');
  await page.getByLabel('Postnummer').fill('8260');
  await page.getByRole('button', { name: 'Find hjælp' }).click();
  assert.equal(await page.locator('.bb-places h3').first().innerText(), 'Viby Bibliotek');
  await page.getByRole('link', { name: 'Viby Bibliotek' }).click();
  assert.match(await page.locator('main').innerText(), /Viby Torv 5, 8260 Viby J/);
  await page.goto('/hjaelp/guider/mistet-mitid');
  await page.getByRole('link', { name: 'Start på trin 1' }).click();
  assert.match(await page.locator('main').innerText(), /Trin 1 af 5/);
  await page.getByRole('link', { name: /^Næste trin/ }).click();
  assert.match(await page.locator('main').innerText(), /Trin 2 af 5/);
  await context.close();
});

test('with JavaScript off a person logs in, makes an API key and logs out', async () => {
  const { context, page } = await newPage(375, { javaScriptEnabled: false });
  await logIn(page, 'Anne Kristensen');
  assert.equal(await page.locator('h1').innerText(), 'Hej Anne Kristensen');
  await page.goto('/admin/api-noegler');
  await page.getByRole('button', { name: 'Lav nøgle' }).click();
  assert.match(await page.locator('#name-error').innerText(), /Skriv navnet/);
  await page.getByLabel('Navn på systemet').fill('Sagssystem');
  await page.locator('#scope-letters\\.send').check();
  await page.getByRole('button', { name: 'Lav nøgle' }).click();
  assert.match(await page.locator('.bb-secret').innerText(), /^bb_/);
  await page.getByRole('button', { name: 'Log ud' }).click();
  await page.waitForURL('**/?logget-ud=1');
  assert.match(await page.locator('main').innerText(), /Du er logget ud/);
  await context.close();
});

test('with JavaScript off a project owner makes a project, assesses it and the data protection officer signs off', async () => {
  const { context, page } = await newPage(375, { javaScriptEnabled: false });
  await logIn(page, 'Lars Mikkelsen');
  await page.goto('/projekter/ny');
  await page.getByLabel('Projektets navn').fill('Affaldskalender kun i app');
  await page.getByRole('button', { name: 'Opret projektet' }).click();
  assert.match(await page.locator('#error-summary').innerText(), /Skriv noget her/);
  assert.equal(await page.getByLabel('Projektets navn').inputValue(), 'Affaldskalender kun i app');
  await page.getByLabel('Formål').fill('Færre trykte kalendere.');
  await page.getByLabel('Hvem berører det?').fill('Alle husstande, omkring 160.000.');
  await page.getByLabel('Ældre').check();
  await page.getByLabel('Hvad ændrer sig for borgerne?').fill('Kalenderen findes kun i en app.');
  await page.getByLabel('Vejen uden computer').fill('Borgerservice printer kalenderen.');
  await page.getByRole('button', { name: 'Opret projektet' }).click();
  assert.match(await page.locator('main').innerText(), /Projektet er gemt/);
  const project = new URL(page.url()).pathname;
  await page.getByRole('link', { name: 'Lav vurderingen' }).click();
  await page.locator('[id="answers.consequences.people_affected-all"]').check();
  await page.locator('[id="answers.consequences.removes_analog-partly"]').check();
  await page.getByRole('button', { name: 'Gem vurderingen' }).click();
  assert.match(await page.locator('#error-summary').innerText(), /Hvad har du ændret\? Skriv noget her/);
  assert.ok(await page.locator('[id="answers.consequences.people_affected-all"]').isChecked(), 'the answer is kept');
  await page.getByLabel('Hvad har du ændret?').fill('Første udkast.');
  for (const [field, text] of [['description', 'Adressen bruges til at finde kalenderen.'], ['purposes', 'At vise tømmedage.'],
    ['necessity', 'Tømmedagen afhænger af adressen.'], ['proportionality', 'Kun adressen bruges.']]) {
    await page.locator(`[id="dpia.${field}"]`).fill(text);
  }
  await page.getByRole('button', { name: 'Gem vurderingen' }).click();
  const main = await page.locator('main').innerText();
  assert.match(main, /Vurderingen er gemt som en ny version/);
  assert.match(main, /Påvirkning: 5 af 56 point/);
  assert.match(main, /Niveau I: lille påvirkning/);
  await context.close();

  const dpo = await newPage(375, { javaScriptEnabled: false });
  await logIn(dpo.page, 'Hanne Lund');
  await dpo.page.goto(project);
  await dpo.page.getByLabel('Din kommentar').fill('Adressen er nok.');
  await dpo.page.getByRole('button', { name: 'Godkend som Databeskyttelsesrådgiver' }).click();
  assert.match(await dpo.page.locator('main').innerText(), /Din godkendelse er gemt/);
  await dpo.context.close();
});

test('with JavaScript off a project owner writes a business case, versions and publishes it, and anyone reads it', async () => {
  const { context, page } = await newPage(375, { javaScriptEnabled: false });
  await logIn(page, 'Lars Mikkelsen');
  await page.goto(`${DRAFT_PROJECT}/businesscase`);
  await page.locator('[id="lines[0].title"]').fill('SMS-løsning');
  await page.locator('[id="lines[0].low"]').fill('400.000');
  await page.locator('[id="lines[0].likely"]').fill('300.000');
  await page.locator('[id="lines[0].high"]').fill('900.000');
  await page.locator('[id="lines[0].from_year"]').fill('1');
  await page.locator('[id="lines[0].to_year"]').fill('1');
  await page.locator('[id="lines[0].assumption"]').fill('Leverandørens tilbud.');
  await page.locator('[id="lines[0].source"]').fill('Tilbud af 1. november.');
  await page.getByRole('button', { name: 'Gem og beregn' }).click();
  assert.match(await page.locator('#error-summary').innerText(), /Linje 1: Lavt skøn: Det lave skøn må ikke være større/);
  assert.equal(await page.locator('[id="lines[0].low"]').inputValue(), '400.000', 'the typed value stays');
  await page.locator('[id="lines[0].low"]').fill('200.000');
  await page.getByRole('button', { name: 'Gem og beregn' }).click();
  const main = await page.locator('main').innerText();
  assert.match(main, /Business casen er gemt og beregnet/);
  assert.match(main, /Risiko for, at nutidsværdien bliver negativ/);
  await page.getByLabel('Hvad har ændret sig, og hvorfor?').fill('Første udgave.');
  await page.getByRole('button', { name: 'Gem som ny version' }).click();
  assert.match(await page.locator('main').innerText(), /Versionen er gemt/);
  await page.getByRole('button', { name: 'Offentliggør den nyeste version' }).click();
  assert.match(await page.locator('main').innerText(), /Business casen er offentliggjort/);
  await context.close();

  const reader = await newPage(375, { javaScriptEnabled: false });
  await reader.page.goto(`/vurderinger/${DRAFT_PROJECT.split('/').pop()}/businesscase`);
  const shown = await reader.page.locator('main').innerText();
  assert.match(shown, /SMS-løsning/);
  assert.match(shown, /Første udgave/);
  await reader.context.close();
});

test('with JavaScript off a project owner adds a benefit, fixes a mistake and records a measurement', async () => {
  const { context, page } = await newPage(375, { javaScriptEnabled: false });
  await logIn(page, 'Lars Mikkelsen');
  await page.goto(`${DRAFT_PROJECT}/gevinster`);
  await page.getByLabel('Gevinst', { exact: true }).fill('Færre opkald om affald');
  await page.getByLabel('Sådan måles den').selectOption('manual');
  await page.getByLabel('Udgangspunkt').fill('300');
  await page.getByLabel('Mål', { exact: true }).fill('200');
  await page.getByLabel('Løsningen er i drift fra').fill('2026-01-01');
  await page.getByLabel('Målet skal være nået senest').fill('2030-12-31');
  await page.getByLabel('Hvordan og hvornår måles den').fill('Telefonsystemet, hver måned.');
  await page.getByLabel('Ansvarlig').fill('Teamleder, Borgerservice');
  await page.getByRole('button', { name: 'Tilføj gevinsten' }).click();
  assert.match(await page.locator('#error-summary').innerText(), /Hvad tæller målingen: Skriv, hvad målingen tæller/);
  assert.equal(await page.getByLabel('Udgangspunkt').inputValue(), '300', 'the typed value stays');
  await page.getByLabel('Hvad tæller målingen').fill('opkald om måneden');
  await page.getByRole('button', { name: 'Tilføj gevinsten' }).click();
  assert.match(await page.locator('main').innerText(), /Gevinsten er tilføjet/);
  await page.getByLabel('Dato').fill('2026-06-01');
  await page.getByLabel('Målt værdi').fill('250');
  await page.getByRole('button', { name: 'Gem målingen' }).click();
  const main = await page.locator('main').innerText();
  assert.match(main, /Målingen er gemt/);
  assert.match(main, /50,0 %/, 'half way to the target');
  await context.close();
});

test('with JavaScript off anyone reads the inclusion figures for the months they choose', async () => {
  const { context, page } = await newPage(375, { javaScriptEnabled: false });
  await page.goto('/tal');
  await page.getByLabel('Fra måned').fill('3000-01');
  await page.getByRole('button', { name: 'Vis tallene' }).click();
  assert.match(await page.locator('#error-summary').innerText(), /Vælg en måned, der er begyndt/);
  assert.equal(await page.getByLabel('Fra måned').inputValue(), '3000-01');
  await page.getByLabel('Fra måned').fill('');
  await page.getByRole('button', { name: 'Vis tallene' }).click();
  const main = await page.locator('main').innerText();
  assert.match(main, /Breve/);
  assert.match(main, /Ulæst efter 7 dage/);
  assert.ok(await page.locator('table').count() >= 6, 'every chart has its table');
  await context.close();
});

test('with JavaScript off someone without login asks to be called back', async () => {
  const { context, page } = await newPage(375, { javaScriptEnabled: false });
  await page.goto('/ring-mig-op');
  await page.getByRole('button', { name: 'Ring mig op' }).click();
  assert.match(await page.locator('#error-summary').innerText(), /Skriv dit navn/);
  await page.getByLabel('Navn', { exact: true }).fill('Ole Sørensen');
  await page.getByLabel('Telefonnummer').fill('+45 12 34 56 78');
  await page.getByLabel('Hvad vil du tale om?').fill('MitID på ny telefon');
  await page.locator('input[name=slot_id]').first().check();
  await page.getByRole('button', { name: 'Ring mig op' }).click();
  const main = await page.locator('main').innerText();
  assert.match(main, /Vi ringer til dig på den valgte tid/);
  assert.match(main, /Vi ringer til dig på 12 34 56 78\./);
  await context.close();
});

test('with JavaScript off a citizen says a letter is not right and a caseworker answers', async () => {
  const citizen = await newPage(375, { javaScriptEnabled: false });
  await logIn(citizen.page, 'Mette Hansen');
  await citizen.page.goto('/post');
  await citizen.page.locator('.bb-letters a').first().click();
  await citizen.page.getByRole('link', { name: /Er noget i brevet ikke rigtigt/ }).click();
  await citizen.page.getByRole('button', { name: 'Send noten' }).click();
  assert.match(await citizen.page.locator('#error-summary').innerText(), /Feltet må ikke være tomt/);
  await citizen.page.getByLabel('Hvad er ikke rigtigt?').fill('Mødet er onsdag, ikke tirsdag.');
  await citizen.page.getByRole('button', { name: 'Send noten' }).click();
  assert.match(await citizen.page.locator('main').innerText(), /Venter på svar/);
  const staff = await newPage(375, { javaScriptEnabled: false });
  await logIn(staff.page, 'Sofie Nielsen');
  await staff.page.goto('/anmodninger');
  await staff.page.locator('a[href^="/anmodninger/noter/"]').last().click();
  await staff.page.getByLabel('Rettet', { exact: true }).check();
  await staff.page.getByLabel('Svaret').fill('Tak. Vi har rettet mødet til onsdag.');
  await staff.page.getByRole('button', { name: 'Send svaret' }).click();
  assert.match(await staff.page.locator('main').innerText(), /Tak\. Vi har rettet mødet til onsdag\./);
  await citizen.page.goto('/post');
  assert.match(await citizen.page.locator('main').innerText(), /Svar på din note om en fejl/);
  await citizen.context.close();
  await staff.context.close();
});

test('paper post: the alert of a late letter, the list to ring (marked without JavaScript) and the print queue with real content, at 375 px and 200% zoom', async () => {
  const problems = [];
  const look = async (page, label) => {
    problems.push(...await check(page, label, 375));
    await page.setViewportSize({ width: 375, height: 900 });
  };
  {
    const { context, page } = await newPage(375);
    await logIn(page, 'Erik Sørensen');
    await firstBooking('/tider')(page);
    assert.match(await page.locator('main').innerText(), /Brevet om tiden kommer for sent/);
    await look(page, 'paper-citizen-booking-too-late');
    await context.close();
  }
  {
    const { context, page } = await newPage(375);
    await logIn(page, 'Jonas Berg');
    await page.goto('/udskrift');
    const queue = await page.locator('main').innerText();
    assert.match(queue, /Erik Sørensen/);
    assert.match(queue, /Din folkepension stiger 1\. januar/);
    await look(page, 'paper-print-queue');
    await firstBooking(`/borgerservice/${ERIK}/tider`)(page);
    assert.match(await page.locator('main').innerText(), /Sig tiden til borgeren nu/);
    await look(page, 'paper-desk-booking-too-late');
    await page.goto('/tider/dagen');
    assert.match(await page.locator('main').innerText(), /Erik Sørensen: sig tiden/);
    await look(page, 'paper-ring-list');
    await context.close();
  }
  {
    // The mark is a plain form: it works with JavaScript off.
    const { context, page } = await newPage(375, { javaScriptEnabled: false });
    await logIn(page, 'Jonas Berg');
    await page.goto('/tider/dagen');
    await page.getByRole('button', { name: 'Jeg har ringet til Erik Sørensen' }).click();
    await page.waitForLoadState();
    const rung = await page.locator('main').innerText();
    assert.match(rung, /Ringet op/);
    assert.match(rung, /Jonas Berg ringede/);
    assert.equal(await page.getByRole('button', { name: 'Jeg har ringet til Erik Sørensen' }).count(), 0);
    await context.close();
  }
  {
    const { context, page } = await newPage(375);
    await logIn(page, 'Jonas Berg');
    await page.goto('/tider/dagen#rung');
    await look(page, 'paper-rung');
    await context.close();
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('materials: anyone reads the list and "Er det svindel?"; with JavaScript off a member writes a draft and sends it to review, and another member reviews and publishes it; no axe violations at 375 and 1280 px', async () => {
  const problems = [];
  // axe runs in the page, so each page the flow (JavaScript off) reaches is checked again
  // as the same person with JavaScript on, at both widths.
  const look = async (persona, url, label) => {
    for (const width of WIDTHS) {
      const { context, page } = await newPage(width);
      if (persona) await logIn(page, persona);
      await page.goto(url);
      problems.push(...await check(page, label, width));
      await context.close();
    }
  };
  const here = (page) => new URL(page.url()).pathname + new URL(page.url()).search;
  const TITLE = 'Sådan genkender du en falsk sms';
  {
    const { context, page } = await newPage(375, { javaScriptEnabled: false });
    await page.goto('/materialer');
    await page.getByLabel('Emne', { exact: true }).selectOption('fraud');
    await page.getByRole('button', { name: 'Vis materialer' }).click();
    await page.waitForLoadState();
    await page.getByRole('link', { name: 'Er det svindel?', exact: true }).click();
    await page.waitForLoadState();
    const main = await page.locator('main').innerText();
    assert.match(main, /Spørg dig selv/);
    assert.match(main, /Gennemgået af\s+Ældre Sagen Aarhus, IT-hjælp/);
    assert.match(main, /Viby Bibliotek/);
    await look(null, '/materialer?emne=fraud', 'materials-list');
    await look(null, here(page), 'materials-one');
    await context.close();
  }
  let draft;
  {
    const { context, page } = await newPage(375, { javaScriptEnabled: false });
    await logIn(page, 'Jette Frandsen');
    await page.goto('/materialer/ny');
    await page.getByLabel('Titel', { exact: true }).fill(TITLE);
    await page.getByRole('button', { name: 'Gem kladde' }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('#error-summary').innerText(), /Vælg mindst én målgruppe/);
    assert.equal(await page.getByLabel('Titel', { exact: true }).inputValue(), TITLE, 'the typed title stays');
    await page.getByLabel('Kort fortalt', { exact: true }).fill('Fem tegn på, at en sms er falsk. Til IT-caféen.');
    await page.getByLabel('Slags materiale').selectOption('checklist');
    await page.getByLabel('Ældre', { exact: true }).check();
    await page.getByLabel('Svindel', { exact: true }).check();
    await page.getByLabel('Tekst', { exact: true }).fill('- Haster det?\n- Skal du trykke på et link?\n- Beder de om din kode?');
    await page.getByRole('button', { name: 'Gem kladde' }).click();
    await page.waitForLoadState();
    const saved = await page.locator('main').innerText();
    assert.match(saved, /Kladden er gemt/);
    assert.match(saved, /LIX/);
    draft = new URL(page.url()).pathname;
    await look('Jette Frandsen', draft, 'materials-form-draft');
    await page.getByRole('button', { name: 'Send til gennemgang' }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('main').innerText(), /Materialet er sendt til gennemgang/);
    await look('Jette Frandsen', '/materialer/mine', 'materials-own');
    await context.close();
  }
  {
    // The form with its errors, as a browser with JavaScript shows it.
    const { context, page } = await newPage(375);
    await logIn(page, 'Jette Frandsen');
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/materialer/ny');
      await page.getByRole('button', { name: 'Gem kladde' }).click();
      await page.waitForLoadState();
      problems.push(...await check(page, 'materials-form-error', width));
    }
    await context.close();
  }
  {
    const { context, page } = await newPage(375, { javaScriptEnabled: false });
    await logIn(page, 'Kurt Madsen');
    await page.goto('/materialer/til-gennemgang');
    await page.getByRole('link', { name: TITLE }).first().click();
    await page.waitForLoadState();
    await look('Kurt Madsen', '/materialer/til-gennemgang', 'materials-to-review');
    await look('Kurt Madsen', here(page), 'materials-review');
    await page.getByLabel('rigtigt?').check();
    await page.getByLabel('til at forstå for målgruppen?').check();
    await page.getByLabel('opdateret?').check();
    await page.getByRole('button', { name: 'Send gennemgangen' }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('main').innerText(), /Materialet er offentligt nu/);
    await look('Kurt Madsen', '/materialer/til-jeres-hjemmeside', 'materials-snippet');
    await context.close();
  }
  {
    const { context, page } = await newPage(375, { javaScriptEnabled: false });
    await page.goto('/materialer');
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('main').innerText(), /Gennemgået af\s+Ældre Sagen Aarhus, IT-hjælp/);
    await context.close();
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('events: anyone lists the courses and events; with JavaScript off a citizen signs up and cancels; a member publishes one (the past refused, with what was typed kept) and sees who comes; no axe violations at 375 and 1280 px', async () => {
  const problems = [];
  const look = async (page, label) => problems.push(...await checkAsShown(page, label));
  // The demo's events (network/events/demo.rs).
  const IT_CAFE = '0195c0de-0000-7000-8000-00000000ee01';
  const PEER = '0195c0de-0000-7000-8000-00000000ee04';
  const FRAUD = '0195c0de-0000-7000-8000-00000000ee03';
  {
    const { context, page } = await newPage(375, { javaScriptEnabled: false });
    await page.goto('/arrangementer');
    await look(page, 'events-list');
    await page.getByLabel('Slags', { exact: true }).selectOption('fraud_session');
    await page.getByRole('button', { name: 'Vis arrangementer' }).click();
    await page.waitForLoadState();
    await page.getByRole('link', { name: 'Er det svindel?', exact: true }).click();
    await page.waitForLoadState();
    const main = await page.locator('main').innerText();
    assert.match(main, /Ingen ledige pladser|Der er ingen ledige pladser/);
    assert.match(main, /2 på venteliste/);
    assert.match(main, /Log ind for at tilmelde dig/);
    await look(page, 'events-event');
    await page.goto('/arrangementer?fra=i+morgen');
    assert.match(await page.locator('#error-summary').innerText(), /Skriv dagen sådan her/);
    await look(page, 'events-list-error');
    await context.close();
  }
  {
    const { context, page } = await newPage(375, { javaScriptEnabled: false });
    await logIn(page, 'Karen Jensen');
    await page.goto(`/arrangementer/${FRAUD}`);
    assert.match(await page.locator('main').innerText(), /Du er nummer 1 på ventelisten/);
    await page.goto(`/arrangementer/${PEER}`);
    await page.getByRole('button', { name: 'Tilmeld mig' }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('main').innerText(), /Du er tilmeldt og har en plads/);
    await look(page, 'events-signed-up');
    await page.getByRole('button', { name: 'Meld mig fra' }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('main').innerText(), /Du er meldt fra/);
    await page.goto('/arrangementer');
    await look(page, 'events-list-citizen');
    await context.close();
  }
  {
    const { context, page } = await newPage(375, { javaScriptEnabled: false });
    await logIn(page, 'Jette Frandsen');
    await page.goto('/arrangementer/nyt');
    await page.getByRole('button', { name: 'Opret arrangementet' }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('#error-summary').innerText(), /Skriv en titel/);
    await look(page, 'events-form-error');
    const TITLE = 'IT-café: spørg om alt på din telefon';
    const day = (offset) => {
      const at = new Date(Date.now() + offset * 86_400_000);
      return `${String(at.getDate()).padStart(2, '0')}.${String(at.getMonth() + 1).padStart(2, '0')}.${at.getFullYear()}`;
    };
    await page.getByLabel('Titel', { exact: true }).fill(TITLE);
    await page.getByLabel('Slags', { exact: true }).selectOption('it_cafe');
    await page.getByLabel('Sted', { exact: true }).selectOption({ label: 'Viby Bibliotek' });
    await page.getByLabel('Dag', { exact: true }).fill(day(-3));
    await page.getByLabel('Begynder kl.').fill('10.00');
    await page.getByLabel('Slutter kl.').fill('12.00');
    await page.getByLabel('Antal pladser').fill('8');
    await page.getByLabel('Beskrivelse', { exact: true }).fill('Tag din telefon med. Vi hjælper én ad gangen.');
    await page.getByRole('button', { name: 'Opret arrangementet' }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('#error-summary').innerText(), /Arrangementet skal ligge i fremtiden/);
    assert.equal(await page.getByLabel('Titel', { exact: true }).inputValue(), TITLE, 'the typed title stays');
    await page.getByLabel('Dag', { exact: true }).fill(day(10));
    await page.getByRole('button', { name: 'Opret arrangementet' }).click();
    await page.waitForLoadState();
    const created = await page.locator('main').innerText();
    assert.match(created, /Arrangementet er oprettet/);
    assert.match(created, /8 ledige pladser/);
    await look(page, 'events-created');
    await page.goto(`/arrangementer/${IT_CAFE}/deltagere`);
    assert.match(await page.locator('main').innerText(), /Karen Jensen/);
    await look(page, 'events-attendees');
    await page.goto('/arrangementer');
    await look(page, 'events-list-member');
    await context.close();
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('network: anyone and a citizen read the members, the meetings with minutes and the action plan; with JavaScript off an organisation asks to join, the coordinator approves it and plans a meeting, the new member proposes an agenda item, signs up and invites a colleague who says yes; no axe violations at 375 and 1280 px', async () => {
  const problems = [];
  const look = async (page, label) => problems.push(...await checkAsShown(page, label));
  // The demo's meetings and a member (network/meetings/demo.rs, network/members/demo.rs).
  const PAST = '/netvaerk/moeder/0195c0de-0000-7000-8000-0000000000d1';
  const NEXT = '/netvaerk/moeder/0195c0de-0000-7000-8000-0000000000d2';
  const ORG = 'IT-frivillige i Lystrup';
  for (const persona of [null, 'Karen Jensen']) {
    const { context, page } = await newPage(375, { javaScriptEnabled: false });
    if (persona) await logIn(page, persona);
    const who = persona ? 'network-citizen' : 'network-anonymous';
    for (const [name, url] of [['front', '/netvaerk'], ['meetings', '/netvaerk/moeder'], ['meeting-past', PAST],
      ['plan', '/netvaerk/handlingsplan'], ['member', '/netvaerk/medlemmer/0195c0de-0000-7000-8000-0000000000c1']]) {
      await page.goto(url);
      await look(page, `${who}-${name}`);
    }
    await page.goto(PAST);
    const main = await page.locator('main').innerText();
    assert.match(main, /Referat/);
    assert.match(main, /Holde IT-café på arabisk/);
    await context.close();
  }
  {
    const { context, page } = await newPage(375, { javaScriptEnabled: false });
    await logIn(page, 'Birgit Holm');
    await page.goto('/netvaerk/bliv-medlem');
    await page.getByLabel('Organisationens navn').fill(ORG);
    await page.getByRole('button', { name: 'Send ansøgningen' }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('#error-summary').innerText(), /Skriv, hvem I hjælper/);
    assert.equal(await page.getByLabel('Organisationens navn').inputValue(), ORG, 'the typed name stays');
    await look(page, 'network-join-error');
    await page.getByLabel('Slags organisation').selectOption('volunteers');
    await page.getByLabel('Hvem hjælper I?').fill('Ældre i Lystrup, der vil lære MitID og Digital Post.');
    await page.getByLabel('Hvor hjælper I?').fill('Lystrup');
    await page.getByLabel('dansk', { exact: true }).check();
    await page.getByRole('button', { name: 'Send ansøgningen' }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('main').innerText(), /Ansøgningen er sendt til koordinatoren/);
    await context.close();
  }
  {
    const { context, page } = await newPage(1280, { javaScriptEnabled: false });
    await logIn(page, 'Lene Dahl');
    await page.goto('/netvaerk/ansoegninger');
    await look(page, 'network-coordinator-requests');
    await page.getByRole('button', { name: `Godkend ${ORG}` }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('main').innerText(), /Organisationen er nu medlem/);
    await page.goto('/netvaerk/moeder/nyt');
    await look(page, 'network-coordinator-new-meeting');
    await page.getByRole('button', { name: 'Planlæg mødet' }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('#error-summary').innerText(), /Skriv mødets navn/);
    await page.getByLabel('Mødets navn').fill('Ekstra møde om svindel');
    await page.getByLabel('Sted', { exact: true }).fill('Lystrup Bibliotek, Lystrup Centervej 10, 8520 Lystrup');
    await page.getByRole('button', { name: 'Planlæg mødet' }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('main').innerText(), /Mødet er planlagt/);
    await look(page, 'network-coordinator-meeting');
    await page.goto(PAST);
    await look(page, 'network-coordinator-meeting-past');
    await page.goto('/netvaerk/handlingsplan');
    await look(page, 'network-coordinator-plan');
    await context.close();
  }
  {
    const { context, page } = await newPage(375, { javaScriptEnabled: false });
    await logIn(page, 'Birgit Holm');
    await page.goto(NEXT);
    await page.getByLabel('Punktets overskrift').fill('Frivillige i IT-hjælpen');
    await page.getByRole('button', { name: 'Foreslå punktet' }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('main').innerText(), /Punktet er på dagsordenen/);
    await page.getByLabel('Mad og allergier').fill('Glutenfri');
    await page.getByRole('button', { name: 'Tilmeld mig' }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('main').innerText(), /Du er tilmeldt mødet/);
    await look(page, 'network-member-meeting');
    await page.goto('/netvaerk/min-organisation');
    await look(page, 'network-member-own');
    // The new member invites a colleague: the name is needed, then the link is shown once.
    await page.getByRole('link', { name: 'Tilføj eller fjern kontaktpersoner' }).click();
    await page.getByRole('button', { name: 'Lav et link' }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('#error-summary').innerText(), /Skriv navnet på den kollega/);
    await look(page, 'network-member-contacts-error');
    await page.getByLabel('Din kollegas navn').fill('Peter Jensen');
    await page.getByRole('button', { name: 'Lav et link' }).click();
    await page.waitForLoadState();
    const link = await page.locator('#invitation-link').innerText();
    await look(page, 'network-member-contacts-invited');
    await context.close();
    // The colleague opens the link, logged in, and says yes.
    const invited = await newPage(375, { javaScriptEnabled: false });
    await logIn(invited.page, 'Peter Jensen');
    await invited.page.goto(new URL(link).pathname);
    assert.match(await invited.page.locator('main').innerText(), /Birgit Holm har inviteret dig/);
    await look(invited.page, 'network-invitation');
    await invited.page.getByRole('button', { name: `Ja, gør mig til kontaktperson for ${ORG}` }).click();
    await invited.page.waitForLoadState();
    assert.match(await invited.page.locator('main').innerText(), /Du er nu kontaktperson/);
    await look(invited.page, 'network-member-contacts');
    await invited.context.close();
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});
