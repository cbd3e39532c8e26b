// An organizer's notes on when a person on the roster can come ("evenings only"), edited in a
// small dialog; blank clears them. Viewers read them.
import { ActionIcon, Button, Group, Modal, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/errors';

/** The API's limit (setAvailabilityNotes refuses more). */
const NOTES_MAX = 500;

interface AvailabilityNotesProps {
  name: string;
  notes: string | null;
  editable: boolean;
  /** Null once saved, else what went wrong. */
  onSave: (notes: string) => Promise<unknown>;
}

export function AvailabilityNotes({ name, notes, editable, onSave }: AvailabilityNotesProps) {
  const { t } = useTranslation('reserve');
  const { t: tc } = useTranslation('common');
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const open = () => {
    setDraft(notes ?? '');
    setProblem(null);
    setEditing(true);
  };
  const save = async () => {
    setSaving(true);
    const error = await onSave(draft);
    setSaving(false);
    if (error) return setProblem(errorMessage(error, tc));
    setEditing(false);
    notifications.show({ color: 'teal', message: t('notes.saved') });
  };

  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      <Text size="sm" c={notes ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }} data-testid="availability-notes">
        {notes ?? t('notes.none')}
      </Text>
      {editable && (
        <ActionIcon variant="subtle" color="gray" onClick={open} aria-label={t('notes.edit', { name })}>
          <IconPencil size={16} aria-hidden />
        </ActionIcon>
      )}
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('notes.edit', { name })}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Textarea
            label={t('notes.label', { name })}
            placeholder={t('notes.placeholder')}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            maxLength={NOTES_MAX}
            autosize
            minRows={2}
            error={problem}
            data-autofocus
          />
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={() => setEditing(false)}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {tc('actions.save')}
            </Button>
          </Group>
        </form>
      </Modal>
    </Group>
  );
}
