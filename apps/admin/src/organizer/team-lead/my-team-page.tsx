// Placeholder: replaced by the feature's real page.
import { PageHeader } from '../ui/page-header';

export function MyTeamPage({ id }: { id: string }) {
  return <PageHeader title={`My team ${id}`} />;
}
