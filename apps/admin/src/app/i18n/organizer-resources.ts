// Every namespace of the organizers' app, in both languages. A feature keeps its words beside its
// pages (features/drives/locales/en.json …), the shell its own (`common` in organizer-locales/,
// `auth` in auth/locales/); this list is the one place that bundles them.
import common from './organizer-locales/en.json';
import commonZh from './organizer-locales/zh-CN.json';
import auth from '../auth/locales/en.json';
import authZh from '../auth/locales/zh-CN.json';
import drives from '../../features/drives/locales/en.json';
import drivesZh from '../../features/drives/locales/zh-CN.json';
import dashboard from '../../features/dashboard/locales/en.json';
import dashboardZh from '../../features/dashboard/locales/zh-CN.json';
import teams from '../../features/teams/locales/en.json';
import teamsZh from '../../features/teams/locales/zh-CN.json';
import signUps from '../../features/sign-ups/locales/en.json';
import signUpsZh from '../../features/sign-ups/locales/zh-CN.json';
import checkIn from '../../features/check-in/locales/en.json';
import checkInZh from '../../features/check-in/locales/zh-CN.json';
import deskOffline from '../../features/check-in/offline/locales/en.json';
import deskOfflineZh from '../../features/check-in/offline/locales/zh-CN.json';
import messages from '../../features/messages/locales/en.json';
import messagesZh from '../../features/messages/locales/zh-CN.json';
import teamLead from '../../features/team-lead/locales/en.json';
import teamLeadZh from '../../features/team-lead/locales/zh-CN.json';
import users from '../../features/users/locales/en.json';
import usersZh from '../../features/users/locales/zh-CN.json';
import audit from '../../features/audit/locales/en.json';
import auditZh from '../../features/audit/locales/zh-CN.json';
import organizations from '../../features/organizations/locales/en.json';
import organizationsZh from '../../features/organizations/locales/zh-CN.json';
import privacy from '../../features/privacy/locales/en.json';
import privacyZh from '../../features/privacy/locales/zh-CN.json';
import reserve from '../../features/reserve/locales/en.json';
import reserveZh from '../../features/reserve/locales/zh-CN.json';

export const organizerResources = {
  en: { common, auth, drives, dashboard, teams, signUps, checkIn, deskOffline, messages, teamLead, users, audit, organizations, privacy, reserve },
  'zh-CN': {
    common: commonZh,
    auth: authZh,
    drives: drivesZh,
    dashboard: dashboardZh,
    teams: teamsZh,
    signUps: signUpsZh,
    checkIn: checkInZh,
    deskOffline: deskOfflineZh,
    messages: messagesZh,
    teamLead: teamLeadZh,
    users: usersZh,
    audit: auditZh,
    organizations: organizationsZh,
    privacy: privacyZh,
    reserve: reserveZh,
  },
} as const;

export type OrganizerNamespace = keyof (typeof organizerResources)['en'];
