// Every namespace of the organizers' app, in both languages. A feature keeps its words beside its
// pages (drives/locales/en.json …); this list is the one place that bundles them.
import common from './locales/en.json';
import commonZh from './locales/zh-CN.json';
import auth from '../auth/locales/en.json';
import authZh from '../auth/locales/zh-CN.json';
import drives from '../drives/locales/en.json';
import drivesZh from '../drives/locales/zh-CN.json';
import dashboard from '../dashboard/locales/en.json';
import dashboardZh from '../dashboard/locales/zh-CN.json';
import teams from '../teams/locales/en.json';
import teamsZh from '../teams/locales/zh-CN.json';
import signUps from '../sign-ups/locales/en.json';
import signUpsZh from '../sign-ups/locales/zh-CN.json';
import checkIn from '../check-in/locales/en.json';
import checkInZh from '../check-in/locales/zh-CN.json';
import messages from '../messages/locales/en.json';
import messagesZh from '../messages/locales/zh-CN.json';
import teamLead from '../team-lead/locales/en.json';
import teamLeadZh from '../team-lead/locales/zh-CN.json';
import users from '../users/locales/en.json';
import usersZh from '../users/locales/zh-CN.json';

export const organizerResources = {
  en: { common, auth, drives, dashboard, teams, signUps, checkIn, messages, teamLead, users },
  'zh-CN': {
    common: commonZh,
    auth: authZh,
    drives: drivesZh,
    dashboard: dashboardZh,
    teams: teamsZh,
    signUps: signUpsZh,
    checkIn: checkInZh,
    messages: messagesZh,
    teamLead: teamLeadZh,
    users: usersZh,
  },
} as const;

export type OrganizerNamespace = keyof (typeof organizerResources)['en'];
