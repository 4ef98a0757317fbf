/** Building the page: every piece of text goes in through textContent, never as HTML. */
type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  text?: string;
  title?: string;
  onClick?: () => void;
  disabled?: boolean;
  role?: string;
  label?: string;
}

export function el(tag: string, props: Props = {}, children: Child[] = []): HTMLElement {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.title) node.title = props.title;
  if (props.role) node.setAttribute('role', props.role);
  if (props.label) node.setAttribute('aria-label', props.label);
  if (props.disabled) (node as HTMLButtonElement).disabled = true;
  if (props.onClick) {
    const run = props.onClick;
    node.addEventListener('click', (e) => {
      e.preventDefault();
      run();
    });
    if (tag !== 'button') {
      node.tabIndex = 0;
      node.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          run();
        }
      });
    }
  }
  for (const c of children) if (c) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

export const button = (
  text: string,
  onClick: () => void,
  kind: 'action' | 'secondary' | 'link' = 'secondary',
  disabled = false,
) => el('button', { class: kind, text, onClick, disabled });
