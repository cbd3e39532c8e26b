// The consent a volunteer gives on the sign-up form. The form shows this exact text and the
// sign-up records its version; a new wording gets a new version.
import type { Locale } from './messages';

export const CONSENT_VERSION = '2026-11-v1';

export const CONSENT_TEXT: Record<Locale, string> = {
  en:
    'I agree that the organizers of this drive store my name, contact details, date of birth and, if I give it, ' +
    'my blood type, to manage my sign-up, remind me of it and record whether I donated. Only the organizers and my ' +
    'team lead see them. I can cancel at any time with my manage link.',
  'zh-CN':
    '我同意本次活动的组织者保存我的姓名、联系方式、出生日期以及（如我提供）血型，用于管理我的报名、提醒我以及记录我是否献血。' +
    '只有组织者和我的团队负责人可以看到这些信息。我可以随时通过管理链接取消报名。',
};
