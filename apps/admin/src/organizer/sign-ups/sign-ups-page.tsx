// Placeholder: replaced by the feature's real page.
import { PageHeader } from '../ui/page-header';

export function SignUpsPage({ id }: { id: string }) {
  return <PageHeader title={`Sign-ups ${id}`} />;
}
