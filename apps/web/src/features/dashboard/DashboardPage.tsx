// ECharts is the heaviest dependency of the web app; only the dashboard needs it, so it loads on demand.
import { Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';

const DashboardView = lazy(() => import('./DashboardView.tsx').then((m) => ({ default: m.DashboardView })));

export function DashboardPage() {
  return (
    <Suspense fallback={<Loader m="xl" />}>
      <DashboardView />
    </Suspense>
  );
}
