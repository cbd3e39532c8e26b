// Placeholder: replaced by the feature's real page.
import { PageHeader } from '../ui/page-header';

export function TeamsPage() {
  return <PageHeader title="Teams" />;
}
