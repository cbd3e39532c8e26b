// The events as a table: when, who (as they were then), what, about what, and from where.
// Details are ids, counts and enum values by design, shown as short "key: value" pairs.
import { Anchor, Code, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AuditEventItemFragment, AuditSubjectType } from '../../generated/graphql';
import { useOrganizerLocale } from '../../app/i18n/organizer-i18n';

const SUBJECT_PAGES: Partial<Record<AuditSubjectType, (id: string) => string>> = {
  DRIVE: (id) => `/drives/${id}`,
  TEAM: (id) => `/teams/${id}`,
};
const DETAIL_KEYS = ['rows', 'imported', 'audienceCount', 'kind', 'bloodTypes', 'driveId', 'mergedId', 'byContact', 'found', 'role'] as const;
type DetailKey = (typeof DETAIL_KEYS)[number];
const isDetailKey = (key: string): key is DetailKey => (DETAIL_KEYS as readonly string[]).includes(key);

export function AuditTable({ events }: { events: AuditEventItemFragment[] }) {
  const { t } = useTranslation('audit');
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="xs" data-testid="audit-events">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.at')}</Table.Th>
            <Table.Th>{t('columns.actor')}</Table.Th>
            <Table.Th>{t('columns.action')}</Table.Th>
            <Table.Th>{t('columns.subject')}</Table.Th>
            <Table.Th>{t('columns.details')}</Table.Th>
            <Table.Th>{t('columns.ip')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <AuditRow key={event.id} event={event} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function AuditRow({ event }: { event: AuditEventItemFragment }) {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation('common');
  const [locale] = useOrganizerLocale();
  const at = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(event.at));
  return (
    <Table.Tr data-action={event.action}>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          <time dateTime={event.at}>{at}</time>
        </Text>
      </Table.Td>
      <Table.Td>
        {event.actor ? (
          <>
            <Text size="sm">{event.actor.email}</Text>
            <Text size="xs" c="dimmed">
              {tc(`roles.${event.actor.role}`)}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('noActor')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={500} c={event.action.startsWith('PERSONAL_DATA') ? 'blue.8' : 'grape.8'}>
          {t(`action.${event.action}`)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Subject type={event.subjectType} id={event.subjectId} />
      </Table.Td>
      <Table.Td>
        <Details json={event.details} />
      </Table.Td>
      <Table.Td>
        <Text size="xs" ff="monospace">
          {event.ip ?? '—'}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

function Subject({ type, id }: { type: AuditSubjectType | null; id: string | null }) {
  const { t } = useTranslation('audit');
  if (!type) return <Text size="sm">—</Text>;
  const label = t(`subject.${type}`);
  const page = id ? SUBJECT_PAGES[type] : undefined;
  return (
    <Text size="sm">
      {label}{' '}
      {id && page ? (
        <Anchor component={Link} href={page(id)} size="sm" title={id}>
          {id.slice(0, 8)}
        </Anchor>
      ) : (
        id && (
          <Text span size="xs" c="dimmed" title={id} ff="monospace">
            {id.slice(0, 8)}
          </Text>
        )
      )}
    </Text>
  );
}

function Details({ json }: { json: string }) {
  const { t } = useTranslation('audit');
  const entries = Object.entries(JSON.parse(json) as Record<string, unknown>).filter(([, value]) => value !== null);
  if (entries.length === 0) return <Text size="sm">—</Text>;
  const show = (value: unknown) => (Array.isArray(value) ? value.join(', ') : typeof value === 'string' && value.length === 36 ? value.slice(0, 8) : String(value));
  return (
    <Group gap={4}>
      {entries.map(([key, value]) => (
        <Code key={key} title={String(value)}>
          {isDetailKey(key) ? t(`detail.${key}`) : key}: {show(value)}
        </Code>
      ))}
    </Group>
  );
}
