// The GraphQL operations of the volunteer-facing pages. Their result and variable types are
// generated from apps/api/schema.graphql into src/generated/graphql.ts (`nx run admin:codegen`),
// so a schema change breaks `admin:lint`, not a volunteer's phone.
import type {
  AnswerCallOutMutation,
  AnswerCallOutMutationVariables,
  CallOutAskQuery,
  CallOutAskQueryVariables,
  RequestTeamMutation,
  RequestTeamMutationVariables,
  TeamRequestFormQuery,
  TeamRequestFormQueryVariables,
  CancelSignUpMutation,
  CancelSignUpMutationVariables,
  ChangeShiftMutation,
  ChangeShiftMutationVariables,
  ContestQuery,
  ContestQueryVariables,
  DriveIdQuery,
  DriveIdQueryVariables,
  EraseMyDataMutation,
  EraseMyDataMutationVariables,
  LeaderboardQuery,
  LeaderboardQueryVariables,
  MyDataQuery,
  MyDataQueryVariables,
  MySignUpQuery,
  MySignUpQueryVariables,
  RequestMyContactCodeMutation,
  RequestMyContactCodeMutationVariables,
  RequestMyDataLinkMutation,
  RequestMyDataLinkMutationVariables,
  SetMyMessageKindMutation,
  SetMyMessageKindMutationVariables,
  UpdateMyDataMutation,
  UpdateMyDataMutationVariables,
  PublicDriveQuery,
  PublicDriveQueryVariables,
  RequestSignUpCodeMutation,
  RequestSignUpCodeMutationVariables,
  SignUpMutation,
  SignUpMutationVariables,
  UpcomingDrivesQuery,
  UpcomingDrivesQueryVariables,
  WithdrawMyConsentMutation,
  WithdrawMyConsentMutationVariables,
} from '../../generated/graphql';
import { operation } from './graphql-client';

export const PUBLIC_DRIVE = operation<PublicDriveQuery, PublicDriveQueryVariables>(/* GraphQL */ `
  query PublicDrive($slug: String!, $teamCode: String) {
    publicDrive(slug: $slug, teamCode: $teamCode) {
      id
      slug
      title
      description
      kind
      status
      location
      timeZone
      startsAt
      endsAt
      minAge
      maxAge
      consentText
      consentVersion
      healthConsentText
      healthConsentVersion
      healthConsentRequired
      callOutsConsentText
      regionCode
      shortages {
        bloodType
        level
      }
      team {
        name
        code
        collegeName
      }
      shifts {
        id
        startsAt
        endsAt
        capacity
        spotsLeft
        waitlistCount
      }
    }
  }
`);

/** Sends a 6-digit code to an e-mail address or a phone number; `true` whether or not the contact is known. */
export const REQUEST_SIGN_UP_CODE = operation<RequestSignUpCodeMutation, RequestSignUpCodeMutationVariables>(/* GraphQL */ `
  mutation RequestSignUpCode($driveSlug: String!, $contact: String!, $locale: String) {
    requestSignUpCode(driveSlug: $driveSlug, contact: $contact, locale: $locale)
  }
`);

export const SIGN_UP = operation<SignUpMutation, SignUpMutationVariables>(/* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      status
      duplicate
      manageToken
      ticket
      shiftStartsAt
      shiftEndsAt
      waitlistPosition
      referralCode
      alreadyInRegistrySince
    }
  }
`);

export const MY_SIGN_UP = operation<MySignUpQuery, MySignUpQueryVariables>(/* GraphQL */ `
  query MySignUp($manageToken: String!) {
    mySignUp(manageToken: $manageToken) {
      status
      ticket
      name
      email
      teamName
      waitlistPosition
      referrals {
        referralCode
        sharePath
        signUps
        donated
      }
      drive {
        id
        slug
        title
        kind
        description
        status
        location
        timeZone
        startsAt
        endsAt
        shifts {
          id
          startsAt
          endsAt
          capacity
          spotsLeft
          waitlistCount
        }
      }
      shift {
        id
        startsAt
        endsAt
      }
    }
  }
`);

export const CANCEL_SIGN_UP = operation<CancelSignUpMutation, CancelSignUpMutationVariables>(/* GraphQL */ `
  mutation CancelSignUp($manageToken: String!) {
    cancelSignUp(manageToken: $manageToken) {
      status
    }
  }
`);

export const CHANGE_SHIFT = operation<ChangeShiftMutation, ChangeShiftMutationVariables>(/* GraphQL */ `
  mutation ChangeShift($input: ChangeShiftInput!) {
    changeShift(input: $input) {
      status
      waitlistPosition
      shiftStartsAt
      shiftEndsAt
    }
  }
`);

// One round trip per refresh: the drive's totals and both boards, each its top `$teams` /
// `$colleges` rows (every row when null) with the length of the whole board.
export const LEADERBOARD = operation<LeaderboardQuery, LeaderboardQueryVariables>(/* GraphQL */ `
  query Leaderboard($slug: String!, $driveId: ID!, $teams: Int, $colleges: Int) {
    publicDrive(slug: $slug) {
      id
      title
      kind
      location
      timeZone
      startsAt
      endsAt
      teamsRanked
      collegesRanked
      stats {
        signUps
        checkedIn
        donated
        conversionRate
        signUpGoal
        signUpGoalProgress
      }
    }
    leaderboard(driveId: $driveId, first: $teams) {
      rank
      team {
        name
        college {
          name
        }
      }
      signUps
      checkedIn
      donated
      conversionRate
    }
    collegeLeaderboard(driveId: $driveId, first: $colleges) {
      rank
      college {
        name
      }
      teams
      signUps
      checkedIn
      donated
      conversionRate
    }
  }
`);

export const DRIVE_ID = operation<DriveIdQuery, DriveIdQueryVariables>(/* GraphQL */ `
  query DriveId($slug: String!) {
    publicDrive(slug: $slug) {
      id
    }
  }
`);

/** Sends a link to /me/<token>; `true` whether or not anything is stored about the contact. */
export const REQUEST_MY_DATA_LINK = operation<RequestMyDataLinkMutation, RequestMyDataLinkMutationVariables>(/* GraphQL */ `
  mutation RequestMyDataLink($contact: String!, $locale: String) {
    requestMyDataLink(contact: $contact, locale: $locale)
  }
`);

// Everything stored about the person behind a /me/<token> link; the downloads have the same fields.
export const MY_DATA = operation<MyDataQuery, MyDataQueryVariables>(/* GraphQL */ `
  query MyData($token: String!) {
    myData(token: $token) {
      name
      email
      phone
      birthDate
      bloodType
      bloodTypeVerified
      bloodTypeSource
      bloodTypeVerifiedAt
      phenotypes
      bloodServiceDonatedOn
      regionCode
      availabilityNotes
      channel
      locale
      callOutOptIn
      createdAt
      signUps {
        driveTitle
        driveKind
        organizationName
        location
        shiftStartsAt
        shiftEndsAt
        status
        teamName
        volumeMl
        deferralReason
        retryOn
        sampleId
        consentVersion
      }
      donations {
        driveTitle
        donatedAt
        volumeMl
      }
      donationCount
      selfReportedCount
      selfReportedDonations {
        count
        lastDonatedOn
        lastKind
        reportedAt
      }
      consents {
        scope
        version
        givenAt
        withdrawnAt
        channel
      }
      messages {
        purpose
        channel
        recipient
        state
        createdAt
        subject
      }
      messageKinds {
        purpose
        receiving
      }
    }
  }
`);

export const REQUEST_MY_CONTACT_CODE = operation<RequestMyContactCodeMutation, RequestMyContactCodeMutationVariables>(/* GraphQL */ `
  mutation RequestMyContactCode($token: String!, $contact: String!, $locale: String) {
    requestMyContactCode(token: $token, contact: $contact, locale: $locale)
  }
`);

export const UPDATE_MY_DATA = operation<UpdateMyDataMutation, UpdateMyDataMutationVariables>(/* GraphQL */ `
  mutation UpdateMyData($token: String!, $input: MyDataInput!) {
    updateMyData(token: $token, input: $input) {
      name
      email
      phone
    }
  }
`);

export const SET_MY_MESSAGE_KIND = operation<SetMyMessageKindMutation, SetMyMessageKindMutationVariables>(/* GraphQL */ `
  mutation SetMyMessageKind($token: String!, $purpose: String!, $receive: Boolean!) {
    setMyMessageKind(token: $token, purpose: $purpose, receive: $receive)
  }
`);

/** HEALTH or CALL_OUTS; GENERAL is refused (field `scope`): withdrawing it is erasing one's data. */
export const WITHDRAW_MY_CONSENT = operation<WithdrawMyConsentMutation, WithdrawMyConsentMutationVariables>(/* GraphQL */ `
  mutation WithdrawMyConsent($token: String!, $scope: String!) {
    withdrawMyConsent(token: $token, scope: $scope)
  }
`);

/** Erases the person behind the link, for good; the link stops working with every other. */
export const ERASE_MY_DATA = operation<EraseMyDataMutation, EraseMyDataMutationVariables>(/* GraphQL */ `
  mutation EraseMyData($token: String!) {
    eraseMyData(token: $token)
  }
`);

/** /join-team/<token>: the organization a request link is for (null: an unknown or replaced link). */
export const TEAM_REQUEST_FORM = operation<TeamRequestFormQuery, TeamRequestFormQueryVariables>(/* GraphQL */ `
  query TeamRequestForm($token: String!) {
    teamRequestForm(token: $token) {
      organizationName
    }
  }
`);

/** A college coordinator asks for a team; an organizer approves it. */
export const REQUEST_TEAM = operation<RequestTeamMutation, RequestTeamMutationVariables>(/* GraphQL */ `
  mutation RequestTeam($token: String!, $input: RequestTeamInput!) {
    requestTeam(token: $token, input: $input)
  }
`);

export const UPCOMING_DRIVES = operation<UpcomingDrivesQuery, UpcomingDrivesQueryVariables>(/* GraphQL */ `
  query UpcomingDrives($regionCode: String) {
    upcomingDrives(regionCode: $regionCode) {
      slug
      title
      kind
      location
      regionCode
      timeZone
      startsAt
      endsAt
    }
  }
`);

/** A contest's public page /c/<slug>: its stages with the top of each board (public figures only). */
export const CONTEST = operation<ContestQuery, ContestQueryVariables>(/* GraphQL */ `
  query Contest($slug: String!) {
    publicCampaign(slug: $slug) {
      id
      name
      description
      ranking
      timeZone
      stages {
        id
        name
        startsAt
        endsAt
        frozenAt
        ranking
        leaderboard(first: 100) {
          rank
          team {
            name
            college {
              name
            }
          }
          signUps
          checkedIn
          donated
          conversionRate
        }
        collegeLeaderboard(first: 50) {
          rank
          college {
            name
          }
          teams
          signUps
          donated
        }
      }
    }
  }
`);

/** What a call-out's answer link asks (the need) and the answer given so far; null for a link that is not valid. */
export const CALL_OUT_ASK = operation<CallOutAskQuery, CallOutAskQueryVariables>(/* GraphQL */ `
  query CallOutAsk($token: String!) {
    callOutAsk(token: $token) {
      kind
      bloodTypes
      message
      peopleNeeded
      place
      neededBy
      organizationName
      answer
      open
      locale
    }
  }
`);

/** "I can come" / "I can't": false when the link is not valid or the call-out closed. */
export const ANSWER_CALL_OUT = operation<AnswerCallOutMutation, AnswerCallOutMutationVariables>(/* GraphQL */ `
  mutation AnswerCallOut($token: String!, $answer: CallOutAnswer!) {
    answerCallOut(token: $token, answer: $answer)
  }
`);
