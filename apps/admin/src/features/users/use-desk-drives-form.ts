// The desk drives dialog's state: the drives of the desk person's organization, the ones they
// work now chosen, and the API's field error beside the field. Saving replaces the list.
import { useMutation } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UsersSetDeskDrivesDocument } from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../../app/api/errors';
import { useSession } from '../../app/auth/use-session';
import { useDeskDriveChoices } from './use-desk-drive-choices';

export interface DeskPerson {
  id: string;
  name: string;
  deskDriveIds: readonly string[];
  organization?: { id: string } | null;
}

interface Options {
  user: DeskPerson;
  onSaved: () => void;
}

export function useDeskDrivesForm({ user, onSaved }: Options) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation('common');
  const admin = useSession()?.role === 'ADMIN';
  // The mutation answers with the account's drives, so the People list shows them at once.
  const [setDeskDrives, { loading }] = useMutation(UsersSetDeskDrivesDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({ initialValues: { driveIds: [...user.deskDriveIds] } });
  const drives = useDeskDriveChoices({ admin, organizationId: user.organization?.id });

  const submit = form.onSubmit(async ({ driveIds }) => {
    setProblem(null);
    try {
      await setDeskDrives({ variables: { userId: user.id, driveIds } });
      onSaved();
    } catch (error) {
      const fields = fieldErrors(error);
      if (fields['driveIds']) form.setErrors({ driveIds: fields['driveIds'] });
      else setProblem(errorMessage(error, tc));
    }
  });

  // Drives older than the newest listed stay choosable, under a plain name rather than their id.
  const listed = new Set(drives.drives.map((drive) => drive.id));
  const older = user.deskDriveIds.filter((id) => !listed.has(id)).map((id) => ({ value: id, label: t('deskDrives.olderDrive') }));

  return {
    form,
    submit,
    loading,
    problem,
    choices: [...drives.drives.map((drive) => ({ value: drive.id, label: drive.title })), ...older],
    drivesLoading: drives.loading,
    drivesProblem: drives.problem,
  };
}
