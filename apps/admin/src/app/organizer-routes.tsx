// The organizers' app's address book. Each page states which roles open it; anyone else gets a
// plain "not for your account" instead of a page that fails request by request.
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Switch } from 'wouter';
import type { Role } from '../generated/graphql';
import { LoginPage } from './auth/login-page';
import { SetPasswordPage } from './auth/set-password-page';
import { ADMIN_ROLES, DESK_ROLES, homeOf, ORGANIZER_ROLES, READER_ROLES, useSession } from './auth/use-session';
import { OrganizerLayout } from './layout/organizer-layout';
import { EmptyState, Loading } from './ui/query-state';

/** A page in its own chunk: the check-in desk does not wait for the dashboard's charts. */
function page<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(() => load().then((component) => ({ default: component })));
}

const DrivesPage = page(() => import('../features/drives/drives-page').then((m) => m.DrivesPage));
const NewDrivePage = page(() => import('../features/drives/drive-form-page').then((m) => m.NewDrivePage));
const EditDrivePage = page(() => import('../features/drives/drive-form-page').then((m) => m.EditDrivePage));
const DriveDashboardPage = page(() => import('../features/dashboard/drive-dashboard-page').then((m) => m.DriveDashboardPage));
const SignUpsPage = page(() => import('../features/sign-ups/sign-ups-page').then((m) => m.SignUpsPage));
const CheckInPage = page(() => import('../features/check-in/check-in-page').then((m) => m.CheckInPage));
const TeamsPage = page(() => import('../features/teams/teams-page').then((m) => m.TeamsPage));
const TeamPage = page(() => import('../features/teams/team-page').then((m) => m.TeamPage));
const MessagesPage = page(() => import('../features/messages/messages-page').then((m) => m.MessagesPage));
const CampaignBoardPage = page(() => import('../features/messages/campaign-board-page').then((m) => m.CampaignBoardPage));
const ReservePage = page(() => import('../features/reserve/reserve-page').then((m) => m.ReservePage));
const UsersPage = page(() => import('../features/users/users-page').then((m) => m.UsersPage));
const DeskDrivesPage = page(() => import('../features/check-in/desk-drives-page').then((m) => m.DeskDrivesPage));
const OrganizationsPage = page(() => import('../features/organizations/organizations-page').then((m) => m.OrganizationsPage));
const EligibilityRulesPage = page(() => import('../features/organizations/eligibility-rules-page').then((m) => m.EligibilityRulesPage));
const ErasureDuePage = page(() => import('../features/privacy/erasure-due-page').then((m) => m.ErasureDuePage));
const AuditPage = page(() => import('../features/audit/audit-page').then((m) => m.AuditPage));
const MyTeamsPage = page(() => import('../features/team-lead/my-teams-page').then((m) => m.MyTeamsPage));
const MyTeamPage = page(() => import('../features/team-lead/my-team-page').then((m) => m.MyTeamPage));
const ChangePasswordPage = page(() => import('./auth/change-password-page').then((m) => m.ChangePasswordPage));

const TEAM_LEAD: readonly Role[] = ['TEAM_LEAD'];
const DESK: readonly Role[] = ['DESK'];

function NotFor() {
  const { t } = useTranslation('common');
  return (
    <EmptyState title={t('state.forbidden')}>
      <Button component={Link} href="/" variant="light" mt="sm">
        {t('state.backHome')}
      </Button>
    </EmptyState>
  );
}

function NotFound() {
  const { t } = useTranslation('common');
  return (
    <Stack>
      <EmptyState title={t('state.notFound')}>
        <Button component={Link} href="/" variant="light" mt="sm">
          {t('state.backHome')}
        </Button>
      </EmptyState>
    </Stack>
  );
}

function Only({ roles, role, children }: { roles: readonly Role[]; role: Role; children: ReactNode }) {
  return roles.includes(role) ? <>{children}</> : <NotFor />;
}

export function OrganizerRoutes() {
  const current = useSession();

  if (!current) {
    return (
      <Switch>
        <Route path="/set-password" component={SetPasswordPage} />
        <Route>
          <LoginPage />
        </Route>
      </Switch>
    );
  }

  const { role } = current;
  // Viewers open what organizers read, not what only changes (a new drive, the edit form) or
  // what lists accounts; desk staff open the check-in desk of their own drives and nothing else.
  const only = (roles: readonly Role[], content: ReactNode) => (
    <Only roles={roles} role={role}>
      {content}
    </Only>
  );
  return (
    <Switch>
      <Route path="/set-password" component={SetPasswordPage} />
      <Route>
        <OrganizerLayout role={role}>
          <Suspense fallback={<Loading />}>
            <Switch>
              {/* Straight to the start page, not through "/": wouter's Redirect navigates once, when
                  it mounts, and React reused the one of "/login" for "/", which stayed blank. */}
              <Route path="/">
                <Redirect key="home" to={homeOf(role)} replace />
              </Route>
              <Route path="/login">
                <Redirect key="login" to={homeOf(role)} replace />
              </Route>
              <Route path="/drives">{only(READER_ROLES, <DrivesPage />)}</Route>
              <Route path="/drives/new">{only(ORGANIZER_ROLES, <NewDrivePage />)}</Route>
              <Route path="/drives/:id/edit">{(p) => only(ORGANIZER_ROLES, <EditDrivePage id={p.id} />)}</Route>
              <Route path="/drives/:id/sign-ups">{(p) => only(READER_ROLES, <SignUpsPage id={p.id} />)}</Route>
              <Route path="/drives/:id/check-in">{(p) => only(DESK_ROLES, <CheckInPage id={p.id} />)}</Route>
              <Route path="/drives/:id">{(p) => only(READER_ROLES, <DriveDashboardPage id={p.id} />)}</Route>
              <Route path="/desk">{only(DESK, <DeskDrivesPage />)}</Route>
              <Route path="/teams">{only(READER_ROLES, <TeamsPage />)}</Route>
              <Route path="/teams/:id">{(p) => only(READER_ROLES, <TeamPage id={p.id} />)}</Route>
              <Route path="/messages">{only(READER_ROLES, <MessagesPage />)}</Route>
              <Route path="/campaigns/:id">{(p) => only(READER_ROLES, <CampaignBoardPage id={p.id} />)}</Route>
              <Route path="/reserve">{only(READER_ROLES, <ReservePage />)}</Route>
              <Route path="/users">{only(ORGANIZER_ROLES, <UsersPage />)}</Route>
              <Route path="/privacy">{only(ORGANIZER_ROLES, <ErasureDuePage />)}</Route>
              <Route path="/eligibility">{only(READER_ROLES, <EligibilityRulesPage />)}</Route>
              <Route path="/organizations">{only(ADMIN_ROLES, <OrganizationsPage />)}</Route>
              <Route path="/account/password" component={ChangePasswordPage} />
              <Route path="/audit">{only(ADMIN_ROLES, <AuditPage />)}</Route>
              <Route path="/my-teams">{only(TEAM_LEAD, <MyTeamsPage />)}</Route>
              <Route path="/my-teams/:id">{(p) => only(TEAM_LEAD, <MyTeamPage id={p.id} />)}</Route>
              <Route component={NotFound} />
            </Switch>
          </Suspense>
        </OrganizerLayout>
      </Route>
    </Switch>
  );
}
