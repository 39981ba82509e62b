// The web app's route table. Each feature adds its pages here (one import and one entry each).
import type { ReactNode } from 'react';
import { HomePage } from '../features/home/HomePage.tsx';

export interface PageRoute {
  path: string;
  element: ReactNode;
  /** Shown in the navigation bar when set (an i18n key). */
  navKey?: string;
  /** Only for signed-in users with one of these roles (empty = any signed-in user). */
  roles?: string[];
  public?: boolean;
}

export const pageRoutes: PageRoute[] = [{ path: '/', element: <HomePage />, public: true }];
