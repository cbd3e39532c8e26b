// What the platform says to volunteers: the outbox of every message and its delivery state, the
// templates as volunteers read them, urgent call-outs, and the campaigns drives belong to. The
// open tab lives in the address (?tab=outbox), so a reload or a shared link opens the same one.
// A viewer reads the call-outs sent and the campaigns; the outbox and the templates (messages
// with contact details, sending) are for organizers.
import { Tabs } from '@mantine/core';
import { IconFileText, IconFlag, IconMail, IconSpeakerphone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMayChange } from '../../app/auth/use-session';
import { PageHeader } from '../../app/ui/page-header';
import { CallOutTab } from './call-out-tab';
import { CampaignsTab } from './campaigns-tab';
import { OutboxTab } from './outbox-tab';
import { TemplatesTab } from './templates-tab';
import { useSearchParam } from './use-search-param';

const TABS = ['outbox', 'templates', 'call-out', 'campaigns'] as const;
type Tab = (typeof TABS)[number];
const VIEWER_TABS: readonly Tab[] = ['call-out', 'campaigns'];

/** The tab asked for when this person may open it, else their first. */
function tabFrom(value: string | null, tabs: readonly Tab[]): Tab {
  return tabs.includes(value as Tab) ? (value as Tab) : tabs[0];
}

export function MessagesPage() {
  const { t } = useTranslation('messages');
  const [tabParam, setTab] = useSearchParam('tab');
  const tabs = useMayChange() ? TABS : VIEWER_TABS;
  const tab = tabFrom(tabParam, tabs);
  const shown = (name: Tab) => tabs.includes(name);

  return (
    <>
      <PageHeader title={t('page.title')} description={t('page.description')} />
      {/* keepMounted={false}: a tab's queries (and the outbox's auto-refresh) run only while it is open. */}
      <Tabs value={tab} onChange={(next) => setTab(next === tabs[0] ? null : next, { resetOthers: true })} keepMounted={false}>
        <Tabs.List mb="md">
          {shown('outbox') && (
            <Tabs.Tab value="outbox" leftSection={<IconMail size={16} aria-hidden />}>
              {t('tabs.outbox')}
            </Tabs.Tab>
          )}
          {shown('templates') && (
            <Tabs.Tab value="templates" leftSection={<IconFileText size={16} aria-hidden />}>
              {t('tabs.templates')}
            </Tabs.Tab>
          )}
          <Tabs.Tab value="call-out" leftSection={<IconSpeakerphone size={16} aria-hidden />}>
            {t('tabs.callOut')}
          </Tabs.Tab>
          <Tabs.Tab value="campaigns" leftSection={<IconFlag size={16} aria-hidden />}>
            {t('tabs.campaigns')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="outbox">
          <OutboxTab />
        </Tabs.Panel>
        <Tabs.Panel value="templates">
          <TemplatesTab />
        </Tabs.Panel>
        <Tabs.Panel value="call-out">
          <CallOutTab />
        </Tabs.Panel>
        <Tabs.Panel value="campaigns">
          <CampaignsTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
