// The words in the engine's commands that stand for a value of the owner's (ORIGIN_IP,
// TARGET_GROUP_ARN…): each is drawn as a <var> with a short explanation, so nobody pastes the
// placeholder into a shell. Data: the table maps each placeholder to its catalog message.
import type { MessageKey } from '../shared/i18n';

export const PLACEHOLDERS: Readonly<Record<string, MessageKey>> = {
  APP_CONFIG_DIR: 'placeholderAppConfigDir',
  APP_LABEL: 'placeholderAppLabel',
  APP_NAME: 'placeholderAppName',
  BACKEND_IP: 'placeholderBackendIp',
  BACKEND_NAME: 'placeholderBackendName',
  BACKEND_NSG: 'placeholderBackendNsg',
  BACKEND_PORT: 'placeholderBackendPort',
  BACKEND_SERVICE: 'placeholderBackendService',
  BACKEND_SETTINGS_NAME: 'placeholderBackendSettingsName',
  BACK_TO_ORIGIN_RANGE: 'placeholderBackToOriginRange',
  CLOUDFLARE_IP: 'placeholderCloudflareIp',
  CLOUDFLARE_API_TOKEN: 'placeholderCloudflareApiToken',
  CLUSTER_NAME: 'placeholderClusterName',
  DISTRIBUTION_ID: 'placeholderDistributionId',
  FASTLY_API_TOKEN: 'placeholderFastlyApiToken',
  FRONT_DOOR_PROFILE_ID: 'placeholderFrontDoorProfileId',
  FUNCTION_NAME: 'placeholderFunctionName',
  GATEWAY_NAME: 'placeholderGatewayName',
  GATEWAY_SUBNET_CIDR: 'placeholderGatewaySubnetCidr',
  HEALTH_CHECK_PATH: 'placeholderHealthCheckPath',
  LB_OR_BACKEND_IP: 'placeholderLbOrBackendIp',
  LB_PUBLIC_IP: 'placeholderLbPublicIp',
  LISTENER_ID: 'placeholderListenerId',
  LOAD_BALANCER_ARN: 'placeholderLoadBalancerArn',
  LOAD_BALANCER_ID: 'placeholderLoadBalancerId',
  LOAD_BALANCER_SECURITY_GROUP_ID: 'placeholderLoadBalancerSecurityGroupId',
  NSG_NAME: 'placeholderNsgName',
  ORIGIN_HOSTNAME: 'placeholderOriginHostname',
  ORIGIN_IP: 'placeholderOriginIp',
  POD_NAME: 'placeholderPodName',
  POOL_NAME: 'placeholderPoolName',
  PROFILE_NAME: 'placeholderProfileName',
  PROXY_IP: 'placeholderProxyIp',
  REGION_ID: 'placeholderRegionId',
  REQUEST_ID: 'placeholderRequestId',
  RESOURCE_GROUP: 'placeholderResourceGroup',
  SECURITY_GROUP_ID: 'placeholderSecurityGroupId',
  SERVICE_ID: 'placeholderServiceId',
  SERVICE_NAME: 'placeholderServiceName',
  SLB_IP: 'placeholderSlbIp',
  TARGET_GROUP_ARN: 'placeholderTargetGroupArn',
  TARGET_PORT: 'placeholderTargetPort',
  TARGET_SECURITY_GROUP_ID: 'placeholderTargetSecurityGroupId',
  TCP_LISTENER_PORT: 'placeholderTcpListenerPort',
  TUNNEL_NAME: 'placeholderTunnelName',
  URL_PATH: 'placeholderUrlPath',
  WORDPRESS_ROOT: 'placeholderWordpressRoot',
  WORKER_NAME: 'placeholderWorkerName',
  ZONE_ID: 'placeholderZoneId',
};

/** Any other placeholder-shaped word: the knowledge may name one before this table does. */
export const OTHER_PLACEHOLDER: MessageKey = 'placeholderOther';

/**
 * Squid's error codes (ERR_READ_TIMEOUT) look like placeholders but are text to search for as is;
 * so are shell variables ($REMOTE_ADDR) and the names in NAME=value settings, which the pattern's
 * look-behind and look-ahead leave alone.
 */
const LITERAL = /^ERR_/;

/** A command cut into plain text and placeholders, in order; joined, the parts give the command back. */
export type CommandPart = { text: string; placeholder?: MessageKey };

/** Upper-case words joined by underscores, standing alone (not inside a longer word or a flag). */
const CANDIDATE = /(?<![\w$-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\w=-])/g;

export function commandParts(command: string): CommandPart[] {
  const parts: CommandPart[] = [];
  let from = 0;
  for (const match of command.matchAll(CANDIDATE)) {
    if (LITERAL.test(match[0])) continue;
    const key = Object.hasOwn(PLACEHOLDERS, match[0]) ? PLACEHOLDERS[match[0]]! : OTHER_PLACEHOLDER;
    if (match.index > from) parts.push({ text: command.slice(from, match.index) });
    parts.push({ text: match[0], placeholder: key });
    from = match.index + match[0].length;
  }
  if (from < command.length) parts.push({ text: command.slice(from) });
  return parts;
}
