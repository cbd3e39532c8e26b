// Field-level error messages. The API answers with both the key (for clients that translate
// themselves) and the text in the caller's language; the web apps use the same catalogue.
export type Locale = 'en' | 'zh-CN';
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

const en = {
  required: 'This field is required.',
  blank: 'This field must not be blank.',
  tooLong: 'Use at most {max} characters.',
  tooShort: 'Use at least {min} characters.',
  invalidEmail: 'Enter a valid e-mail address.',
  invalidPhone: 'Enter a valid phone number, for example 13812345678 or +86 138 1234 5678.',
  // Verified sign-up (contract v2): a one-time code proves the contact is the volunteer's.
  contactRequired: 'Give an e-mail address or a mobile number.',
  invalidContact: 'Enter an e-mail address or a mobile number.',
  codeRequired: 'Enter the 6-digit code we sent you.',
  codeWrong: 'This code is not right; {triesLeft} tries left.',
  codeExpired: 'This code has expired; ask for a new one.',
  codeUsedUp: 'Too many wrong tries; ask for a new code.',
  codeNotForContact: 'This code was sent to another address or number; ask for a code for this one.',
  invalidDate: 'Enter a real date as YYYY-MM-DD.',
  invalidDateTime: 'Enter a valid date and time.',
  invalidNumber: 'Enter a whole number.',
  mustBePositive: 'Enter a number greater than zero.',
  outOfRange: 'Enter a number from {min} to {max}.',
  endsBeforeStart: 'The end must be after the start.',
  outsideDrive: 'The shift must lie within the drive’s dates.',
  capacityBelowTaken: 'The capacity cannot be lower than the {taken} places already taken.',
  invalidTimeZone: 'Enter a time zone such as Asia/Shanghai.',
  invalidSlug: 'Use lower-case letters, digits and dashes.',
  slugTaken: 'This link is already used by another drive.',
  invalidValue: 'This value is not valid.',
  invalidRole: 'Choose ORGANIZER or TEAM_LEAD.',
  emailTaken: 'An account with this e-mail address exists already.',
  passwordTooShort: 'Use at least {min} characters for the password.',
  invalidToken: 'This link is invalid or has expired.',
  consentRequired: 'Please agree so that we can store your details for this drive.',
  unknownTeamCode: 'No team has this code. Check the link or the poster.',
  unknownCollege: 'No college has this id.',
  unknownUser: 'No team lead account has this id.',
  notATeamLead: 'This account is not a team lead.',
  shiftNotInDrive: 'Choose one of this drive’s shifts.',
  tooYoung: 'You must be at least {minAge} on the day of the drive.',
  tooOld: 'The upper age limit for this drive is {maxAge}.',
  notEligibleUntil: 'You donated recently; you may donate again from {date}.',
  driveNotEditable: 'This drive is closed and can no longer be changed.',
  shiftHasSignUps: 'People have signed up for this shift, so its times can no longer change. Add a new shift instead.',
  kindLocked: 'The kind of a published drive cannot change.',
  noShifts: 'Add at least one shift before publishing.',
  shiftsOutsideDrive: 'Some shifts would fall outside these dates; move them first.',
  tooManyItems: 'Use at most {max} entries.',
  birthDateInFuture: 'The date of birth cannot be in the future.',
  invalidLocale: 'Choose en or zh-CN.',
  shiftFull: 'This shift is full.',
  unknownCampaign: 'No campaign has this id.',
  alreadySignedUp: 'This person has already signed up for this drive.',
  duplicateInFile: 'This e-mail address is also on line {line} of the file.',
  importStatus: 'Use REGISTERED, CHECKED_IN, DONATED, DEFERRED or NO_SHOW.',
  csvTooLarge: 'Use at most {maxRows} rows and {maxMb} MB per file.',
  csvMissingColumns: 'The first row must name the columns; missing: {columns}.',
  csvDuplicateColumn: 'The column {column} appears twice in the first row.',
  csvUnreadable: 'The file cannot be read as CSV near line {line} (check the quotes).',
  // Conflicts: the request was fine, the state of things forbids it.
  driveClosed: 'This drive is closed.',
  driveClosedNoPublish: 'This drive is closed and cannot be published again.',
  shiftHasPeople: 'People have signed up for this shift; it cannot be removed.',
  lastShift: 'A published drive keeps at least one shift; add another before removing this one.',
  alreadyAttended: 'You have already been at the drive; this sign-up can no longer be cancelled.',
  shiftChangeNotAllowed: 'Only a sign-up that is registered or waitlisted can change shift.',
  signUpBusy: 'This sign-up is being changed right now. Try again.',
  mergeSelf: 'Choose two different records to merge.',
  mergeSameDrive: 'Both records are signed up for {driveTitle}; cancel or correct one of those sign-ups first.',
  importIntoDraft: 'This drive is a draft; publish it before importing sign-ups.',
  importRaced: 'Some of these people signed up for this drive while the file was being imported. Import it again to see who.',
  outcomeOfCancelled: 'This sign-up was cancelled; the person can sign up again first.',
  outcomeOfWaitlisted: 'This person is on the waitlist and has no place in the shift.',
  outcomeNotAllowed: 'A sign-up that is {from} cannot become {to}.',
} as const;

export type MessageKey = keyof typeof en;

const zhCN: Record<MessageKey, string> = {
  required: '此项为必填项。',
  blank: '此项不能为空。',
  tooLong: '最多 {max} 个字符。',
  tooShort: '至少 {min} 个字符。',
  invalidEmail: '请输入有效的电子邮箱地址。',
  invalidPhone: '请输入有效的电话号码，例如 13812345678 或 +86 138 1234 5678。',
  contactRequired: '请填写电子邮箱或手机号码。',
  invalidContact: '请输入电子邮箱或手机号码。',
  codeRequired: '请输入我们发给您的 6 位验证码。',
  codeWrong: '验证码不正确，还可以再试 {triesLeft} 次。',
  codeExpired: '验证码已过期，请重新获取。',
  codeUsedUp: '错误次数过多，请重新获取验证码。',
  codeNotForContact: '此验证码是发给其他邮箱或号码的，请为当前联系方式获取验证码。',
  invalidDate: '请按 YYYY-MM-DD 格式输入真实的日期。',
  invalidDateTime: '请输入有效的日期和时间。',
  invalidNumber: '请输入整数。',
  mustBePositive: '请输入大于零的数字。',
  outOfRange: '请输入 {min} 到 {max} 之间的数字。',
  endsBeforeStart: '结束时间必须晚于开始时间。',
  outsideDrive: '班次必须在活动日期之内。',
  capacityBelowTaken: '名额不能少于已报名的 {taken} 人。',
  invalidTimeZone: '请输入时区，例如 Asia/Shanghai。',
  invalidSlug: '只能使用小写字母、数字和连字符。',
  slugTaken: '此链接已被其他活动使用。',
  invalidValue: '此值无效。',
  invalidRole: '请选择 ORGANIZER 或 TEAM_LEAD。',
  emailTaken: '该电子邮箱已注册账号。',
  passwordTooShort: '密码至少 {min} 个字符。',
  invalidToken: '此链接无效或已过期。',
  consentRequired: '请勾选同意，以便我们为本次活动保存您的信息。',
  unknownTeamCode: '没有此代码的团队，请检查链接或海报。',
  unknownCollege: '没有此编号的学校。',
  unknownUser: '没有此编号的团队负责人账号。',
  notATeamLead: '该账号不是团队负责人。',
  shiftNotInDrive: '请选择本次活动的班次。',
  tooYoung: '活动当天您须年满 {minAge} 岁。',
  tooOld: '本次活动的年龄上限为 {maxAge} 岁。',
  notEligibleUntil: '您最近已献血，{date} 起可再次献血。',
  driveNotEditable: '该活动已结束，无法再修改。',
  shiftHasSignUps: '此班次已有人报名，时间不能再修改。请新增一个班次。',
  kindLocked: '已发布活动的类型不能修改。',
  noShifts: '发布前请至少添加一个班次。',
  shiftsOutsideDrive: '部分班次将落在这些日期之外，请先调整班次。',
  tooManyItems: '最多 {max} 项。',
  birthDateInFuture: '出生日期不能晚于今天。',
  invalidLocale: '请选择 en 或 zh-CN。',
  shiftFull: '此班次已满。',
  unknownCampaign: '没有此编号的活动系列。',
  alreadySignedUp: '此人已报名本次活动。',
  duplicateInFile: '该电子邮箱在文件第 {line} 行也出现了。',
  importStatus: '请使用 REGISTERED、CHECKED_IN、DONATED、DEFERRED 或 NO_SHOW。',
  csvTooLarge: '每个文件最多 {maxRows} 行、{maxMb} MB。',
  csvMissingColumns: '第一行须为列名，缺少：{columns}。',
  csvDuplicateColumn: '第一行中的列 {column} 出现了两次。',
  csvUnreadable: '无法按 CSV 读取此文件（第 {line} 行附近，请检查引号）。',
  driveClosed: '该活动已结束。',
  driveClosedNoPublish: '该活动已结束，不能再次发布。',
  shiftHasPeople: '此班次已有人报名，不能删除。',
  lastShift: '已发布的活动至少保留一个班次；请先添加另一个班次再删除此班次。',
  alreadyAttended: '您已到场参加本次活动，此报名不能再取消。',
  shiftChangeNotAllowed: '只有已报名或候补中的报名可以更换班次。',
  signUpBusy: '此报名正在被修改，请稍后重试。',
  mergeSelf: '请选择两条不同的记录进行合并。',
  mergeSameDrive: '两条记录都报名了“{driveTitle}”，请先取消或更正其中一条报名。',
  importIntoDraft: '该活动仍是草稿；请先发布再导入报名。',
  importRaced: '导入期间，文件中有人已自行报名本次活动。请重新导入以查看是哪些人。',
  outcomeOfCancelled: '此报名已取消；请此人先重新报名。',
  outcomeOfWaitlisted: '此人在候补名单中，尚无班次名额。',
  outcomeNotAllowed: '状态为 {from} 的报名不能改为 {to}。',
};

export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

export type MessageParams = Record<string, string | number>;

export function translate(key: MessageKey, locale: Locale, params: MessageParams = {}): string {
  const template = MESSAGES[locale][key] ?? MESSAGES.en[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** The best supported locale for an Accept-Language header or a browser's language list. */
export function pickLocale(accepted: string | readonly string[] | undefined | null): Locale {
  const list = typeof accepted === 'string' ? accepted.split(',') : (accepted ?? []);
  for (const entry of list) {
    const tag = entry.split(';')[0].trim().toLowerCase();
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}
