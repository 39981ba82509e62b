// i18n: Indonesian first, English available. Each feature keeps its own catalog file (i18n/<area>.ts)
// and registers it here, so features never edit each other's strings.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './common.ts';
import { auth } from './auth.ts';
import { cases } from './cases.ts';
import { selfcheck } from './selfcheck.ts';
import { ingest } from './ingest.ts';
import { detect } from './detect.ts';
import { settings } from './settings.ts';

const catalogs = [common, auth, cases, selfcheck, detect, ingest, settings];

const resources: Record<'id' | 'en', Record<string, unknown>> = { id: {}, en: {} };
for (const c of catalogs) {
  Object.assign(resources.id, c.id);
  Object.assign(resources.en, c.en);
}

const saved = typeof localStorage !== 'undefined' ? localStorage.getItem('netra.lang') : null;

void i18n.use(initReactI18next).init({
  resources: { id: { translation: resources.id }, en: { translation: resources.en } },
  lng: saved === 'en' ? 'en' : 'id',
  fallbackLng: 'id',
  interpolation: { escapeValue: false },
});

export function setLanguage(lang: 'id' | 'en') {
  localStorage.setItem('netra.lang', lang);
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export { i18n };
