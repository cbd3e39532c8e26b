// Placeholder: replaced by the feature's real page.
import { PageHeader } from '../ui/page-header';

export function MyTeamsPage() {
  return <PageHeader title="My teams" />;
}
