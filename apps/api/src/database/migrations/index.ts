// Every migration, in order. Written by the migration tool; do not edit by hand.
import { InitialSchema1795381179083 } from './1795381179083-InitialSchema';
import { SignUps1795382016656 } from './1795382016656-SignUps';
import { ConversionCounts1795384097690 } from './1795384097690-ConversionCounts';
import { OutboxDelivery1795384560340 } from './1795384560340-OutboxDelivery';
import { CallOuts1795385053334 } from './1795385053334-CallOuts';
import { UserLocale1795385374332 } from './1795385374332-UserLocale';
import { UnloggedRateLimits1795387090327 } from './1795387090327-UnloggedRateLimits';
import { ShiftStats1795433322354 } from './1795433322354-ShiftStats';
import { ShiftWaitlistFromStats1795440000000 } from './1795440000000-ShiftWaitlistFromStats';
import { OutboxChannel1795441000000 } from './1795441000000-OutboxChannel';
import { SmsChannel1795442000000 } from './1795442000000-SmsChannel';
import { VerifiedVolunteers1795443000000 } from './1795443000000-VerifiedVolunteers';
import { Organizations1795444000000 } from './1795444000000-Organizations';
import { OutboxWithoutSecrets1795445000000 } from './1795445000000-OutboxWithoutSecrets';
import { AccountLifecycle1795446000000 } from './1795446000000-AccountLifecycle';
import { AuditEvents1795447000000 } from './1795447000000-AuditEvents';
import { Consents1795448000000 } from './1795448000000-Consents';
import { MyDataLinks1795449000000 } from './1795449000000-MyDataLinks';
import { Erasure1795450000000 } from './1795450000000-Erasure';
import { OutcomeDay1795451000000 } from './1795451000000-OutcomeDay';
import { DriveMessages1795451500000 } from './1795451500000-DriveMessages';
import { Tickets1795452000000 } from './1795452000000-Tickets';
import { WalkIns1795452100000 } from './1795452100000-WalkIns';
import { DeskOperations1795452200000 } from './1795452200000-DeskOperations';
import { RegistryDrives1795452300000 } from './1795452300000-RegistryDrives';
import { ReferralCodes1795452400000 } from './1795452400000-ReferralCodes';
import { TeamRequests1795452500000 } from './1795452500000-TeamRequests';
import { CampaignStages1795452600000 } from './1795452600000-CampaignStages';
import { EligibilityRules1795452700000 } from './1795452700000-EligibilityRules';
import { MessageReach1795453300000 } from './1795453300000-MessageReach';
import { ScanIndexes1795453400000 } from './1795453400000-ScanIndexes';
import { OutboxClaimsInPlace1795453500000 } from './1795453500000-OutboxClaimsInPlace';
import { FailStatement1795453600000 } from './1795453600000-FailStatement';
import { RegionsAndShortages1795452800000 } from './1795452800000-RegionsAndShortages';
import { ReserveRoster1795452900000 } from './1795452900000-ReserveRoster';
import { CallOutAnswers1795452910000 } from './1795452910000-CallOutAnswers';
import { ContestZonesAndLeadRemoval1795453100000 } from './1795453100000-ContestZonesAndLeadRemoval';
import { BloodServiceImport1795453200000 } from './1795453200000-BloodServiceImport';
import { SelfReportedDonations1795453000000 } from './1795453000000-SelfReportedDonations';

export const MIGRATIONS: (new () => object)[] = [
  InitialSchema1795381179083,
  SignUps1795382016656,
  ConversionCounts1795384097690,
  OutboxDelivery1795384560340,
  CallOuts1795385053334,
  UserLocale1795385374332,
  UnloggedRateLimits1795387090327,
  ShiftStats1795433322354,
  ShiftWaitlistFromStats1795440000000,
  OutboxChannel1795441000000,
  SmsChannel1795442000000,
  VerifiedVolunteers1795443000000,
  Organizations1795444000000,
  OutboxWithoutSecrets1795445000000,
  AccountLifecycle1795446000000,
  AuditEvents1795447000000,
  Consents1795448000000,
  MyDataLinks1795449000000,
  Erasure1795450000000,
  OutcomeDay1795451000000,
  DriveMessages1795451500000,
  Tickets1795452000000,
  WalkIns1795452100000,
  DeskOperations1795452200000,
  RegistryDrives1795452300000,
  ReferralCodes1795452400000,
  TeamRequests1795452500000,
  CampaignStages1795452600000,
  EligibilityRules1795452700000,
  RegionsAndShortages1795452800000,
  ReserveRoster1795452900000,
  CallOutAnswers1795452910000,
  SelfReportedDonations1795453000000,
  ContestZonesAndLeadRemoval1795453100000,
  BloodServiceImport1795453200000,
  MessageReach1795453300000,
  ScanIndexes1795453400000,
  OutboxClaimsInPlace1795453500000,
  FailStatement1795453600000,
];
