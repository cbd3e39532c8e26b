// The consents a volunteer gives, each a statement of its own (PIPL art. 28-29, GDPR art. 9):
// GENERAL (the form's consent to the personal data a sign-up needs), HEALTH (blood type and the
// screening outcomes of a blood or registry drive) and CALL_OUTS (being asked in urgent calls).
// The form shows these exact texts; each consent given is recorded with its scope, version,
// time, channel and drive. A new wording gets a new version, so a record always names the words
// the person agreed to.
//
// What the texts promise is what the code keeps: organizers of the drive's organization see
// everything (roster, export); the drive's desk staff find a person and record what happened;
// team leads see only who of their team came (no outcomes, no health data); public pages show
// counts. Personal data of people who take part in no later drive is erased RETENTION_DAYS
// (730 by default) after the drive closes.
import { DriveKind } from './enums';
import type { Locale } from './messages';

export enum ConsentScope {
  GENERAL = 'GENERAL',
  HEALTH = 'HEALTH',
  CALL_OUTS = 'CALL_OUTS',
}

/** Where a consent was given: the public form, an organizer's paper-list import, the check-in desk, or the /me page. */
export enum ConsentChannel {
  FORM = 'FORM',
  IMPORT = 'IMPORT',
  DESK = 'DESK',
  ME = 'ME',
}

export const CONSENT_VERSIONS: Record<ConsentScope, string> = {
  [ConsentScope.GENERAL]: '2026-12-general-v2',
  [ConsentScope.HEALTH]: '2026-12-health-v1',
  [ConsentScope.CALL_OUTS]: '2026-12-call-outs-v1',
};

const CONTROLLER_EN = 'The controller is the organization running this drive, named on the drive page; write to it through the drive’s contact.';
const CONTROLLER_ZH = '数据控制者为主办本次活动的组织（见活动页面），可通过活动联系方式与其联系。';
const RIGHTS_EN =
  'You can see, download, correct and erase your data and withdraw this consent at any time from the link in your messages (or by asking for a “my data” link).';
const RIGHTS_ZH = '您可以随时通过消息中的链接（或申请“我的数据”链接）查看、下载、更正和删除您的数据，并撤回本同意。';
const RETENTION_EN =
  'Your data is erased two years (the organization’s retention period) after the last drive you took part in, unless you erase it sooner.';
const RETENTION_ZH = '您的数据将在您参加的最后一次活动结束两年（组织的保存期限）后删除，您也可以提前删除。';

export const CONSENT_TEXTS: Record<ConsentScope, Record<Locale, string>> = {
  [ConsentScope.GENERAL]: {
    en:
      'I agree that the organization running this drive stores my name, contact details and date of birth to manage my ' +
      'sign-up, remind me of it and record whether I came. Its organizers see them; the drive’s check-in desk staff see ' +
      'them to find me on the day; the lead of the team that brought me sees only my name and whether I came. ' +
      `${RETENTION_EN} ${CONTROLLER_EN} ${RIGHTS_EN}`,
    'zh-CN':
      '我同意主办本次活动的组织保存我的姓名、联系方式和出生日期，用于管理我的报名、提醒我以及记录我是否到场。' +
      '该组织的组织者可以看到这些信息；本次活动签到台的工作人员在当天为找到我而查看；带我报名的团队负责人只能看到我的姓名和是否到场。' +
      `${RETENTION_ZH}${CONTROLLER_ZH}${RIGHTS_ZH}`,
  },
  [ConsentScope.HEALTH]: {
    en:
      'I separately agree that the organization stores health data about me: my blood type if I give it, and the outcome ' +
      'of my screening and donation at its drives (donated and how much, or deferred with the reason and when I may try ' +
      'again). Only its organizers and the drive’s check-in desk staff see it; team leads and public pages never do. ' +
      'It is used to record my donation, to tell me when I may donate again, and, if I opt in, to ask me in urgent calls ' +
      'for my blood type. If I withdraw this consent, my blood type is deleted and no screening details are recorded from ' +
      `then on (only whether I came and whether I donated); outcomes recorded before stay until I erase my data. ${RETENTION_EN} ${RIGHTS_EN}`,
    'zh-CN':
      '我另行同意该组织保存我的健康信息：我提供的血型，以及我在其活动中的体检和献血结果（是否献血及献血量，或暂缓献血的原因及可再次尝试的日期）。' +
      '只有该组织的组织者和本次活动签到台的工作人员可以看到；团队负责人和公开页面永远看不到。' +
      '这些信息用于记录我的献血、提醒我何时可以再次献血，以及（如我同意）在紧急需要我的血型时联系我。' +
      `如我撤回本同意，我的血型将被删除，此后不再记录体检详情（只记录是否到场及是否献血）；此前记录的结果保留至我删除数据为止。${RETENTION_ZH}${RIGHTS_ZH}`,
  },
  [ConsentScope.CALL_OUTS]: {
    en:
      'I agree to be contacted in urgent call-outs (a patient needing platelets, rare blood groups) by e-mail or text, ' +
      'when I am eligible to donate. I can stop them at any time from the link in any message.',
    'zh-CN': '我同意在符合献血条件时，通过电子邮件或短信接收紧急招募（如患者急需血小板、稀有血型）。我可以随时通过任何消息中的链接停止接收。',
  },
};

/** The general consent of the form (kept under its first names for their many users). */
export const CONSENT_VERSION = CONSENT_VERSIONS[ConsentScope.GENERAL];
export const CONSENT_TEXT: Record<Locale, string> = CONSENT_TEXTS[ConsentScope.GENERAL];

/**
 * Whether a drive of this kind records screening outcomes (donated with a volume, deferred with
 * a reason): blood, platelets and registry drives do, a general volunteering day does not. Such a
 * drive needs the health consent to sign up.
 */
export function recordsHealthOutcomes(kind: DriveKind | `${DriveKind}`): boolean {
  return kind !== DriveKind.GENERAL;
}
