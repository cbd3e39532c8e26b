// The invite form's state: which roles the signed-in person may give, into which organization
// (an admin picks; an organizer invites into their own), the drives a desk person will work, and
// the API's field errors beside their fields.
import { useMutation, useQuery } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  UsersInviteDocument,
  UsersInviteOrganizationsDocument,
  type InviteUserInput,
  type Role,
  type UsersInviteMutation,
} from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../../app/api/errors';
import { useSession } from '../../app/auth/use-session';
import { useDeskDriveChoices } from './use-desk-drive-choices';

export type Invitation = UsersInviteMutation['inviteUser'];

/** The roles `role` may give, as the API allows (accounts.service.ts, invite). */
export function rolesToInvite(role: Role | undefined): Role[] {
  if (role === 'ADMIN') return ['ORGANIZER', 'VIEWER', 'DESK', 'TEAM_LEAD'];
  if (role === 'ORGANIZER') return ['TEAM_LEAD', 'DESK'];
  return [];
}

export interface InviteValues {
  name: string;
  email: string;
  role: Role;
  organizationId: string | null;
  deskDriveIds: string[];
}

/** What is sent: the organization only when an admin chose it, drives only for desk staff. */
export function inviteInput(values: InviteValues, admin: boolean): InviteUserInput {
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    role: values.role,
    ...(admin && values.organizationId ? { organizationId: values.organizationId } : {}),
    ...(values.role === 'DESK' ? { deskDriveIds: values.deskDriveIds } : {}),
  };
}

interface Options {
  /** Fixed role, e.g. a team lead invited from a team's page. */
  role?: Role;
  /** Fixed organization, e.g. invited from the Organizations page. */
  organizationId?: string;
  onInvited: (invitation: Invitation) => void | Promise<void>;
}

export function useInviteForm({ role, organizationId, onInvited }: Options) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  const caller = useSession()?.role;
  const admin = caller === 'ADMIN';
  const roles = role ? [role] : rolesToInvite(caller);
  const [invite, { loading }] = useMutation(UsersInviteDocument, { refetchQueries: ['UsersList', 'TeamsLeadOptions'] });
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<InviteValues>({
    initialValues: { name: '', email: '', role: roles[0], organizationId: organizationId ?? null, deskDriveIds: [] },
    validate: {
      name: (v) => (v.trim() ? null : t('invite.required')),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('invite.invalidEmail')),
    },
  });
  const { values } = form;
  const organizations = useQuery(UsersInviteOrganizationsDocument, { skip: !admin || !!organizationId });
  // Until the admin picks, the first organization (the API's default too).
  const chosenOrganization = values.organizationId ?? organizations.data?.organizations[0]?.id ?? null;
  const drives = useDeskDriveChoices({ admin, organizationId: chosenOrganization, skip: values.role !== 'DESK' });
  const pickOrganization = admin && !organizationId;
  const shownFields = ['name', 'email', 'role', 'deskDriveIds', ...(pickOrganization ? ['organizationId'] : [])];

  const submit = form.onSubmit(async (submitted) => {
    setProblem(null);
    try {
      const { data } = await invite({ variables: { input: inviteInput({ ...submitted, organizationId: chosenOrganization }, admin) } });
      if (data) await onInvited(data.inviteUser);
    } catch (error) {
      const fields = fieldErrors(error);
      form.setErrors(Object.fromEntries(Object.entries(fields).filter(([field]) => shownFields.includes(field))));
      // A problem with no field on screen still gets said.
      const elsewhere = Object.entries(fields).filter(([field]) => !shownFields.includes(field));
      if (!Object.keys(fields).length) setProblem(errorMessage(error, tc));
      else if (elsewhere.length) setProblem(elsewhere.map(([, message]) => message).join(' '));
    }
  });

  return {
    form,
    submit,
    loading,
    problem,
    roles,
    admin,
    pickOrganization,
    organizations: organizations.data?.organizations ?? [],
    chosenOrganization,
    chooseOrganization: (id: string | null) => form.setValues({ organizationId: id, deskDriveIds: [] }),
    deskDrives: drives.drives,
    deskDrivesLoading: drives.loading,
    deskDrivesProblem: drives.problem,
  };
}
