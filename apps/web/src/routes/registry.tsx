// The web app's route table. Each feature adds its pages here (one import and one entry each).
import type { ReactNode } from 'react';
import { HomePage } from '../features/home/HomePage.tsx';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage.tsx';
import { LetterSettingsPage } from '../features/admin/LetterSettingsPage.tsx';
import { UsersPage } from '../features/admin/UsersPage.tsx';
import { AsnPage } from '../features/asn/AsnPage.tsx';
import { PublicReportPage } from '../features/public-report/PublicReportPage.tsx';
import { ReportStatusPage } from '../features/public-report/ReportStatusPage.tsx';
import { TriagePage } from '../features/triage/TriagePage.tsx';
import { CaseBoardPage } from '../features/cases/CaseBoardPage.tsx';
import { CasePage } from '../features/cases/CasePage.tsx';
import { FollowUpPage } from '../features/followup/FollowUpPage.tsx';
import { DashboardPage } from '../features/dashboard/DashboardPage.tsx';
import { SelfCheckPage } from '../features/selfcheck/SelfCheckPage.tsx';
import { RulebookPage } from '../features/selfcheck/RulebookPage.tsx';
import { ImportPage } from '../features/ingest/ImportPage.tsx';
import { AccountsPage } from '../features/ingest/AccountsPage.tsx';
import { FindingsPage } from '../features/ingest/FindingsPage.tsx';
import { TextAnalysisPage } from '../features/detect/TextAnalysisPage.tsx';

export interface PageRoute {
  path: string;
  element: ReactNode;
  /** Shown in the navigation bar when set (an i18n key). */
  navKey?: string;
  /** Only for signed-in users with one of these roles (empty = any signed-in user). */
  roles?: string[];
  public?: boolean;
}

export const pageRoutes: PageRoute[] = [
  { path: '/', element: <HomePage />, public: true },
  { path: '/login', element: <LoginPage />, public: true },
  { path: '/cek', element: <SelfCheckPage />, navKey: 'selfcheck.nav', public: true },
  { path: '/aturan', element: <RulebookPage />, navKey: 'rulebookPage.nav', public: true },
  { path: '/akun/kata-sandi', element: <ChangePasswordPage /> },
  { path: '/lapor', element: <PublicReportPage />, navKey: 'navCases.report', public: true },
  { path: '/lapor/status', element: <ReportStatusPage />, public: true },
  {
    path: '/triase',
    element: <TriagePage />,
    navKey: 'navCases.triage',
    roles: ['admin', 'supervisor', 'analyst', 'viewer'],
  },
  {
    path: '/kasus',
    element: <CaseBoardPage />,
    navKey: 'navCases.board',
    roles: ['admin', 'supervisor', 'analyst', 'ppk', 'viewer'],
  },
  { path: '/kasus/:id', element: <CasePage />, roles: ['admin', 'supervisor', 'analyst', 'ppk', 'viewer'] },
  {
    path: '/tindak-lanjut',
    element: <FollowUpPage />,
    navKey: 'navCases.followup',
    roles: ['admin', 'supervisor', 'analyst', 'ppk', 'viewer'],
  },
  {
    path: '/dasbor',
    element: <DashboardPage />,
    navKey: 'navCases.dashboard',
    roles: ['admin', 'supervisor', 'analyst', 'ppk', 'viewer'],
  },
  {
    path: '/asn',
    element: <AsnPage />,
    navKey: 'asnDir.nav',
    roles: ['admin', 'supervisor', 'analyst', 'ppk', 'viewer'],
  },
  {
    path: '/analisis-teks',
    element: <TextAnalysisPage />,
    navKey: 'detectPage.nav',
    roles: ['admin', 'supervisor', 'analyst'],
  },
  { path: '/admin/users', element: <UsersPage />, navKey: 'adminUsers.nav', roles: ['admin'] },
  { path: '/admin/surat', element: <LetterSettingsPage />, navKey: 'letterSettings.nav', roles: ['admin'] },
  {
    path: '/impor',
    element: <ImportPage />,
    navKey: 'ingest.navImport',
    roles: ['admin', 'supervisor', 'analyst'],
  },
  {
    path: '/akun-asn',
    element: <AccountsPage />,
    navKey: 'ingest.navAccounts',
    roles: ['admin', 'supervisor', 'analyst'],
  },
  {
    path: '/temuan-interaksi',
    element: <FindingsPage />,
    navKey: 'ingest.navFindings',
    roles: ['admin', 'supervisor', 'analyst', 'ppk', 'viewer'],
  },
];
