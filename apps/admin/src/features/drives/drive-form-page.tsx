// Create a drive, or edit one with its shifts. The form checks the obvious before asking; what the
// API refuses comes back next to the field it concerns (`shifts.1.capacity`), in the app's language.
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import {
  DrivesAddShiftDocument,
  DrivesCreateDriveDocument,
  DrivesEditDriveDocument,
  DrivesRemoveShiftDocument,
  DrivesUpdateDriveDocument,
  DrivesUpdateShiftDocument,
  type DrivesEditorDriveFragment,
} from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../../app/api/errors';
import { DriveNav } from '../../app/layout/drive-nav';
import { PageHeader } from '../../app/ui/page-header';
import { EmptyState, ErrorNotice, Loading } from '../../app/ui/query-state';
import { DriveActions } from './drive-actions';
import { DriveForm } from './drive-form';
import { driveFormProblems, driveToForm, emptyDriveForm, toCreateInput, type DriveFormValues } from './drive-form-values';
import { saveDriveEdits } from './drive-save';

function useDriveForm(initialValues: DriveFormValues) {
  const { t } = useTranslation('drives');
  return useForm<DriveFormValues>({
    initialValues,
    validate: (values) =>
      Object.fromEntries(Object.entries(driveFormProblems(values)).map(([path, problem]) => [path, t(`validation.${problem.key}`, problem.params)])),
  });
}

export function NewDrivePage() {
  const { t } = useTranslation('drives');
  const { t: tc } = useTranslation('common');
  const [, navigate] = useLocation();
  const form = useDriveForm(emptyDriveForm());
  const [createDrive, { loading }] = useMutation(DrivesCreateDriveDocument, { refetchQueries: ['DrivesList'] });
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (values: DriveFormValues) => {
    setProblem(null);
    try {
      const { data } = await createDrive({ variables: { input: toCreateInput(values) } });
      notifications.show({ color: 'teal', message: t('form.created', { title: values.title.trim() }) });
      navigate(`/drives/${data?.createDrive.id}`);
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) form.setErrors(fields);
      else setProblem(errorMessage(error, tc));
    }
  };

  return (
    <>
      <PageHeader title={t('form.newTitle')} description={t('form.newDescription')} />
      <DriveForm form={form} status={null} saving={loading} submitLabel={t('form.create')} cancelHref="/drives" onSubmit={submit} problem={problem} />
    </>
  );
}

export function EditDrivePage({ id }: { id: string }) {
  const { t } = useTranslation('drives');
  // Always the latest shifts and counts: an edit is judged against what is saved now.
  const { data, loading, error, refetch } = useQuery(DrivesEditDriveDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const drive = data?.drive;

  if (!drive) {
    if (loading) return <Loading />;
    if (error) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
    return <EmptyState title={t('form.notFound')} />;
  }
  if (drive.status === 'CLOSED') {
    return (
      <>
        <PageHeader title={drive.title} actions={<DriveActions drive={drive} />} />
        <DriveNav driveId={id} active="edit" />
        <EmptyState title={t('form.closedTitle')}>
          {t('form.closedBody')}
          <br />
          <Button component={Link} href={`/drives/${id}`} variant="light" mt="sm">
            {t('list.openDashboard')}
          </Button>
        </EmptyState>
      </>
    );
  }
  // A copy made from this page opens here too: its form starts from its own values.
  return <EditDriveForm key={drive.id} drive={drive} refetch={refetch} />;
}

function EditDriveForm({ drive, refetch }: { drive: DrivesEditorDriveFragment; refetch: () => Promise<{ data?: { drive?: DrivesEditorDriveFragment | null } }> }) {
  const { t } = useTranslation('drives');
  const { t: tc } = useTranslation('common');
  const [, navigate] = useLocation();
  const form = useDriveForm(driveToForm(drive));
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [updateDrive] = useMutation(DrivesUpdateDriveDocument);
  const [addShift] = useMutation(DrivesAddShiftDocument);
  const [updateShift] = useMutation(DrivesUpdateShiftDocument);
  const [removeShift] = useMutation(DrivesRemoveShiftDocument);

  const submit = async (values: DriveFormValues) => {
    setSaving(true);
    setProblem(null);
    try {
      const outcome = await saveDriveEdits(drive, values, {
        updateDrive: (input) => updateDrive({ variables: { id: drive.id, input } }),
        addShift: async (input) => (await addShift({ variables: { driveId: drive.id, input } })).data!.addShift.id,
        updateShift: (shiftId, input) => updateShift({ variables: { id: shiftId, input } }),
        removeShift: (shiftId) => removeShift({ variables: { id: shiftId } }),
      });
      // Rows saved as new shifts are those shifts now, so trying again does not add them twice.
      for (const [index, shiftId] of Object.entries(outcome.addedIds)) form.setFieldValue(`shifts.${index}.id`, shiftId);
      const failed = Object.keys(outcome.fieldErrors).length > 0 || outcome.otherErrors.length > 0;
      await refetch();
      if (!failed) {
        notifications.show({ color: 'teal', message: t('form.saved', { title: values.title.trim() }) });
        navigate(`/drives/${drive.id}`);
        return;
      }
      form.setErrors(outcome.fieldErrors);
      if (outcome.otherErrors.length) setProblem(outcome.otherErrors.map((e) => errorMessage(e, tc)).join(' '));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <PageHeader title={t('form.editTitle', { title: drive.title })} actions={<DriveActions drive={drive} />} />
      <DriveNav driveId={drive.id} active="edit" />
      <DriveForm form={form} status={drive.status} saving={saving} submitLabel={tc('actions.save')} cancelHref={`/drives/${drive.id}`} onSubmit={submit} problem={problem} />
    </>
  );
}
