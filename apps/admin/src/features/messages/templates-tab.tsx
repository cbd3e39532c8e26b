// Every message template as volunteers will read it, filled with sample data, in English and
// Chinese side by side. The chosen template is in the address (?template=CALL_OUT).
import { useQuery } from '@apollo/client/react';
import { Group, SegmentedControl, Select, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MessagesPreviewsDocument } from '../../generated/graphql';
import { EmptyState, QueryState } from '../../app/ui/query-state';
import { EligibleAgainReach } from './eligible-again-reach';
import { isKnownPurpose } from './message-words';
import { TemplatePreview, type PreviewView } from './template-preview';
import { useSearchParam } from './use-search-param';

/** English first: the order the organizer's eye expects to compare from. */
const LOCALE_ORDER = ['en', 'zh-CN'];

export function TemplatesTab() {
  const { t } = useTranslation('messages');
  const query = useQuery(MessagesPreviewsDocument);
  const [templateParam, setTemplate] = useSearchParam('template');
  const [view, setView] = useState<PreviewView>('html');

  return (
    <QueryState data={query.data} loading={query.loading} error={query.error} onRetry={() => void query.refetch()}>
      {({ messagePreviews }) => {
        // The API's own list, so a template added there shows up here without a release.
        const purposes = [...new Set(messagePreviews.map((p) => p.purpose))];
        if (purposes.length === 0) return <EmptyState title={t('templates.empty')} />;
        const purpose = templateParam && purposes.includes(templateParam) ? templateParam : purposes[0];
        const previews = messagePreviews
          .filter((p) => p.purpose === purpose)
          .sort((a, b) => LOCALE_ORDER.indexOf(a.locale) - LOCALE_ORDER.indexOf(b.locale));
        return (
          <>
            <Text size="sm" c="dimmed" mb="sm">
              {t('templates.description')}
            </Text>
            <Group mb="md" gap="sm" align="flex-end" wrap="wrap">
              <Select
                label={t('templates.choose')}
                data={purposes.map((p) => ({ value: p, label: isKnownPurpose(p) ? t(`purpose.${p}`) : p }))}
                value={purpose}
                onChange={(value) => value && setTemplate(value)}
                allowDeselect={false}
                searchable
                w={300}
              />
              <SegmentedControl
                aria-label={t('templates.view')}
                value={view}
                onChange={(value) => setView(value as PreviewView)}
                data={[
                  { value: 'html', label: t('templates.html') },
                  { value: 'text', label: t('templates.text') },
                ]}
              />
              {purpose === 'ELIGIBLE_AGAIN' && <EligibleAgainReach />}
            </Group>
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
              {previews.map((preview) => (
                <TemplatePreview key={preview.locale} preview={preview} view={view} />
              ))}
            </SimpleGrid>
          </>
        );
      }}
    </QueryState>
  );
}
