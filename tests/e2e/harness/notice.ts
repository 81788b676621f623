/**
 * The in-page notice lives in a closed shadow root, out of reach of page scripts and of Playwright's
 * selectors; the DevTools protocol's pierced DOM reaches it, the way assistive technology does.
 */
import type { BrowserContext, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  nodeValue: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  /** On a shadow root: 'open', 'closed' or 'user-agent'. */
  shadowRootType?: string;
}

function findHost(node: DomNode): DomNode | undefined {
  if (node.nodeName === 'JIANBAO-NOTICE') return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHost(child);
    if (found) return found;
  }
  return undefined;
}

function textOf(node: DomNode): string {
  if (node.nodeName === '#text') return node.nodeValue;
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join(' ');
}

function findButton(node: DomNode, label: string): DomNode | undefined {
  if (node.nodeName === 'BUTTON' && textOf(node).trim() === label) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findButton(child, label);
    if (found) return found;
  }
  return undefined;
}

async function noticeHost(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  return { cdp, host: findHost(root) };
}

/** The notice's visible text, or undefined when there is no notice. */
export async function readNotice(context: BrowserContext, page: Page): Promise<string | undefined> {
  const { cdp, host } = await noticeHost(context, page);
  await cdp.detach();
  return host ? textOf(host).replace(/\s+/g, ' ').trim() : undefined;
}

/** Whether the notice's shadow root is closed (page scripts cannot reach into it). */
export async function noticeShadowMode(context: BrowserContext, page: Page): Promise<string | undefined> {
  const { cdp, host } = await noticeHost(context, page);
  await cdp.detach();
  const shadow = host?.shadowRoots?.[0];
  return shadow?.shadowRootType;
}

/** Clicks the notice button with this label, as a user would. */
export async function clickNoticeButton(context: BrowserContext, page: Page, label: string): Promise<void> {
  const { cdp, host } = await noticeHost(context, page);
  const button = host && findButton(host, label);
  if (!button) throw new Error(`no notice button "${label}"`);
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: button.backendNodeId })) as {
    object: { objectId: string };
  };
  await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: 'function () { this.click(); }',
  });
  await cdp.detach();
}

function allButtons(node: DomNode, found: DomNode[] = []): DomNode[] {
  if (node.nodeName === 'BUTTON') found.push(node);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) allButtons(child, found);
  return found;
}

/** The top edge (CSS px) of each notice button, in document order: equal tops share a row. */
export async function noticeButtonTops(context: BrowserContext, page: Page): Promise<number[]> {
  const { cdp, host } = await noticeHost(context, page);
  const tops: number[] = [];
  for (const button of host ? allButtons(host) : []) {
    // The notice re-renders between states; a button gone since the snapshot has no box to measure.
    const box = (await cdp
      .send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })
      .catch(() => undefined)) as { model: { border: number[] } } | undefined;
    if (box) tops.push(Math.round(box.model.border[1]!));
  }
  await cdp.detach();
  return tops;
}
