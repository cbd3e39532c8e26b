/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type BloodType =
  | 'AB_NEG'
  | 'AB_POS'
  | 'A_NEG'
  | 'A_POS'
  | 'B_NEG'
  | 'B_POS'
  | 'O_NEG'
  | 'O_POS';

export type ChangeShiftInput = {
  manageToken: string;
  shiftId: string;
};

export type DriveKind =
  | 'GENERAL'
  | 'PLATELETS'
  | 'STEM_CELL_REGISTRY'
  | 'WHOLE_BLOOD';

export type DriveStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'PUBLISHED';

export type SignUpInput = {
  /** YYYY-MM-DD */
  birthDate?: string | null | undefined;
  bloodType?: BloodType | null | undefined;
  /** Agrees to be asked in urgent call-outs (rare blood groups, platelets for a patient). */
  callOuts?: boolean | null | undefined;
  /** Agreement to the consent text of the form (publicDrive.consentText). */
  consent: boolean;
  driveSlug: string;
  email: string;
  /** Language for messages: en or zh-CN; default from Accept-Language. */
  locale?: string | null | undefined;
  /** As the volunteer writes it, in any script. */
  name: string;
  /** A Chinese mobile number or an international number with +. */
  phone?: string | null | undefined;
  shiftId: string;
  /** The `source` of the share link: link, qr, poster, chat, ... */
  source?: string | null | undefined;
  /** The code of the team whose link or poster brought the volunteer. */
  teamCode?: string | null | undefined;
};

export type SignUpStatus =
  | 'CANCELLED'
  | 'CHECKED_IN'
  | 'DEFERRED'
  | 'DONATED'
  | 'NO_SHOW'
  | 'REGISTERED'
  | 'WAITLISTED';

export type PublicDriveQueryVariables = Exact<{
  slug: string;
  teamCode?: string | null | undefined;
}>;


export type PublicDriveQuery = { publicDrive: { id: string, slug: string, title: string, description: string | null, kind: DriveKind, status: DriveStatus, location: string, timeZone: string, startsAt: string, endsAt: string, minAge: number | null, maxAge: number | null, consentText: string, consentVersion: string, team: { name: string, code: string, collegeName: string | null } | null, shifts: Array<{ id: string, startsAt: string, endsAt: string, capacity: number, spotsLeft: number, waitlistCount: number }> } | null };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { status: SignUpStatus, duplicate: boolean, manageToken: string | null, shiftStartsAt: string, shiftEndsAt: string, waitlistPosition: number | null } };

export type MySignUpQueryVariables = Exact<{
  manageToken: string;
}>;


export type MySignUpQuery = { mySignUp: { status: SignUpStatus, name: string, email: string, teamName: string | null, waitlistPosition: number | null, drive: { id: string, slug: string, title: string, description: string | null, status: DriveStatus, location: string, timeZone: string, startsAt: string, endsAt: string, shifts: Array<{ id: string, startsAt: string, endsAt: string, capacity: number, spotsLeft: number, waitlistCount: number }> }, shift: { id: string, startsAt: string, endsAt: string } } | null };

export type CancelSignUpMutationVariables = Exact<{
  manageToken: string;
}>;


export type CancelSignUpMutation = { cancelSignUp: { status: SignUpStatus } };

export type ChangeShiftMutationVariables = Exact<{
  input: ChangeShiftInput;
}>;


export type ChangeShiftMutation = { changeShift: { status: SignUpStatus, waitlistPosition: number | null, shiftStartsAt: string, shiftEndsAt: string } };

export type LeaderboardQueryVariables = Exact<{
  slug: string;
  driveId: string;
}>;


export type LeaderboardQuery = { publicDrive: { id: string, title: string, location: string, timeZone: string, startsAt: string, endsAt: string, stats: { signUps: number, checkedIn: number, donated: number, conversionRate: number, signUpGoal: number | null, signUpGoalProgress: number | null } } | null, leaderboard: Array<{ rank: number, signUps: number, checkedIn: number, donated: number, conversionRate: number, team: { name: string, college: { name: string } | null } }>, collegeLeaderboard: Array<{ rank: number, teams: number, signUps: number, checkedIn: number, donated: number, conversionRate: number, college: { name: string } }> };

export type DriveIdQueryVariables = Exact<{
  slug: string;
}>;


export type DriveIdQuery = { publicDrive: { id: string } | null };
