// The Organizations page's state: the list, the new organization's form (with the API's field
// errors beside the field: a name that is taken), and the invitation made into one of them.
import { useMutation, useQuery } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganizationsCreateDocument, OrganizationsListDocument } from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../../app/api/errors';
import type { Invitation } from '../users/invite-form';

/** The API's limit (CreateOrganizationInput). */
export const ORGANIZATION_NAME_MAX = 120;

export interface Organization {
  id: string;
  name: string;
}

export function useOrganizationsPage() {
  const { t } = useTranslation('organizations');
  const { t: tc } = useTranslation('common');
  const list = useQuery(OrganizationsListDocument);
  // The invite form's organization picker reads the same list: it learns of the new one too.
  const [create, { loading: creating }] = useMutation(OrganizationsCreateDocument, { refetchQueries: ['OrganizationsList'] });
  const [problem, setProblem] = useState<string | null>(null);
  // The organization stays named while the dialog closes.
  const [invitingInto, setInvitingInto] = useState<Organization | null>(null);
  const [inviting, setInviting] = useState(false);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const form = useForm({
    initialValues: { name: '' },
    validate: {
      name: (v) => (!v.trim() ? t('create.required') : v.trim().length > ORGANIZATION_NAME_MAX ? t('create.tooLong', { max: ORGANIZATION_NAME_MAX }) : null),
    },
  });

  const submit = form.onSubmit(async ({ name }) => {
    setProblem(null);
    try {
      const { data } = await create({ variables: { input: { name: name.trim() } } });
      if (!data) return;
      form.reset();
      notifications.show({ color: 'teal', message: t('create.done', { name: data.createOrganization.name }) });
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) form.setErrors(fields);
      else setProblem(errorMessage(error, tc));
    }
  });

  return {
    organizations: list.data?.organizations,
    loading: list.loading,
    error: list.error,
    retry: () => void list.refetch(),
    form,
    submit,
    creating,
    problem,
    invitingInto,
    inviting,
    invite: (organization: Organization) => {
      setInvitingInto(organization);
      setInviting(true);
    },
    closeInvite: () => setInviting(false),
    invitation,
    invited: (next: Invitation) => {
      setInviting(false);
      setInvitation(next);
    },
  };
}
