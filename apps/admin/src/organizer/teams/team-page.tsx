// Placeholder: replaced by the feature's real page.
import { PageHeader } from '../ui/page-header';

export function TeamPage({ id }: { id: string }) {
  return <PageHeader title={`Team ${id}`} />;
}
