// "Merge another record into this person…" in the sign-up drawer: the organizer types the other
// record's e-mail or phone, looks it up, compares the two and merges after a confirmation. The
// state and the requests are in use-volunteer-merge.ts; this renders them.
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconSearch } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MergeComparison } from './merge-comparison';
import { MergeConfirmModal } from './merge-confirm-modal';
import { useVolunteerMerge } from './use-volunteer-merge';
import type { MergeRecord } from './volunteer-merge';

export function MergeVolunteerSection({ keep }: { keep: MergeRecord }) {
  const { t } = useTranslation('signUps');
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <Stack gap="xs">
      <Button variant="subtle" size="compact-sm" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls={panelId} style={{ alignSelf: 'flex-start' }}>
        {t('merge.open')}
      </Button>
      <div id={panelId} hidden={!open}>
        {open && <MergeForm keep={keep} />}
      </div>
    </Stack>
  );
}

function MergeForm({ keep }: { keep: MergeRecord }) {
  const { t } = useTranslation('signUps');
  const merge = useVolunteerMerge(keep);
  const { result } = merge;

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('merge.explain')}
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void merge.lookUp();
        }}
      >
        <Stack gap="xs" align="flex-start">
          <TextInput
            w="100%"
            label={t('merge.contact')}
            description={t('merge.contactHint')}
            value={merge.contact}
            onChange={(event) => merge.setContact(event.currentTarget.value)}
            error={merge.contactError}
            errorProps={{ role: 'alert' }}
            autoComplete="off"
          />
          <Button type="submit" variant="default" leftSection={<IconSearch size={16} />} loading={merge.looking}>
            {t('merge.lookUp')}
          </Button>
        </Stack>
      </form>
      {merge.problem && result?.kind !== 'found' && <Problem text={merge.problem} />}
      <div aria-live="polite">
        {result?.kind === 'notFound' && (
          <Alert color="gray" icon={<IconInfoCircle size={18} />}>
            {t('merge.notFound', { contact: result.contact })}
          </Alert>
        )}
        {result?.kind === 'found' && (
          <Text size="sm" fw={500}>
            {t('merge.found', { name: result.record.name })}
          </Text>
        )}
        {result?.kind === 'self' && (
          <Alert color="yellow" icon={<IconInfoCircle size={18} />}>
            {t('merge.self')}
          </Alert>
        )}
      </div>
      {result?.kind === 'found' && (
        <>
          <MergeComparison keep={keep} other={result.record} onMerge={merge.askToMerge} problem={merge.problem && <Problem text={merge.problem} />} />
          <MergeConfirmModal opened={merge.confirming} keep={keep} other={result.record} merging={merge.merging} onConfirm={() => void merge.merge()} onCancel={merge.cancelMerge} />
        </>
      )}
    </Stack>
  );
}

/** A refusal, announced as it appears: beside the form for a look-up, beside Merge for a merge. */
function Problem({ text }: { text: string }) {
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
      {text}
    </Alert>
  );
}
