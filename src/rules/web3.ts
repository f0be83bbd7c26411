/**
 * Blockchain node providers, block explorers, crypto exchanges and wallet keys. A leaked exchange secret or wallet
 * key moves funds at once: rotate first, then clean the history.
 */
import { ALNUM, B64, B64URL, HEX, UPPER_ALNUM, fake, join } from './fake.js';
import { UUID, credentialName, either, keyed, nameWith, spellings, words } from './context.js';
import { fakeJwt, fakeUuid } from './named.js';
import { ci, prefixed } from './shape.js';
import type { RuleFamily } from './types.js';

const JWT = 'eyJ[A-Za-z0-9_-]{10,500}\\.eyJ[A-Za-z0-9_-]{10,2000}\\.[A-Za-z0-9_-]{20,600}';
/** A secret name of an exchange: BINANCE_API_SECRET, krakenPrivateKey, KUCOIN_SECRET. */
const exchangeSecret = (exchange: string): string =>
  nameWith(ci(exchange), either(ci('secret'), words('private', 'key')));
const EXCHANGE_REVOKE = (where: string): string =>
  `Delete the API key at ${where} at once (it can trade or withdraw), then create a new one with the fewest permissions.`;

const nodes: RuleFamily['rules'] = [
  {
    id: 'infura-endpoint-url',
    provider: 'Infura',
    description: 'Infura endpoint URL carrying the API key (https://<network>.infura.io/v3/<32 hex>)',
    keywords: ['infura.io/'],
    regex: /(?:https|wss):\/\/[a-z0-9-]{2,40}\.infura\.io\/(?:ws\/)?v3\/(?<secret>[a-f0-9]{32})(?![A-Za-z0-9])/,
    entropy: 3,
    remediation:
      'Delete the API key at https://developer.metamask.io (Infura dashboard → API keys), create a new one and restrict its allowlists.',
    examples: () => ({
      match: [`RPC_URL=https://mainnet.infura.io/v3/${fake(HEX, 32, 'if1')}`],
      noMatch: [
        'RPC_URL=https://mainnet.infura.io/v3/YOUR_INFURA_PROJECT_ID',
        'https://mainnet.infura.io/v3/${INFURA_KEY}',
      ],
    }),
  },
  {
    id: 'infura-api-key',
    provider: 'Infura',
    description: 'Infura API key, project id or secret (32 hex) next to an infura name',
    keywords: ['infura'],
    regex: keyed(either(credentialName(ci('infura')), nameWith(ci('infura'), words('project', 'id'))), '[a-f0-9]{32}'),
    entropy: 3,
    remediation: 'Delete the API key in the Infura dashboard (https://developer.metamask.io) and create a new one.',
    examples: () => ({
      match: [`INFURA_PROJECT_SECRET=${fake(HEX, 32, 'ik1')}`, `infuraApiKey: "${fake(HEX, 32, 'ik2')}"`],
      noMatch: ['INFURA_API_KEY=<your infura key>', `INFURA_NETWORK_ID=${fake(HEX, 32, 'ik3')}`],
    }),
  },
  {
    id: 'alchemy-endpoint-url',
    provider: 'Alchemy',
    description: 'Alchemy endpoint URL carrying the API key (https://<network>.g.alchemy.com/v2/<key>)',
    keywords: ['alchemy.com/v2/', 'alchemyapi.io/v2/'],
    regex:
      /(?:https|wss):\/\/[a-z0-9-]{2,40}\.(?:g\.alchemy\.com|alchemyapi\.io)\/v2\/(?<secret>[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
    entropy: 3.5,
    remediation: 'Rotate the API key of the app at https://dashboard.alchemy.com/apps and update the endpoints.',
    examples: () => ({
      match: [`ALCHEMY_URL=https://eth-mainnet.g.alchemy.com/v2/${fake(B64URL, 32, 'ay1')}`],
      noMatch: [
        'ALCHEMY_URL=https://eth-mainnet.g.alchemy.com/v2/your-api-key',
        'https://eth-mainnet.g.alchemy.com/v2/demo',
      ],
    }),
  },
  {
    id: 'alchemy-api-key',
    provider: 'Alchemy',
    description: 'Alchemy API key (32 characters) next to an alchemy name',
    keywords: ['alchemy'],
    regex: keyed(credentialName(ci('alchemy')), '[A-Za-z0-9_-]{32}'),
    entropy: 3.5,
    remediation: 'Rotate the API key of the app at https://dashboard.alchemy.com/apps.',
    examples: () => ({
      match: [`ALCHEMY_API_KEY=${fake(B64URL, 32, 'ak1')}`],
      noMatch: ['ALCHEMY_API_KEY=<alchemy api key>', `ALCHEMY_APP_ID=${fake(ALNUM, 16, 'ak2')}`],
    }),
  },
  {
    id: 'quicknode-endpoint-url',
    provider: 'QuickNode',
    description: 'QuickNode endpoint URL carrying its token (https://<name>.quiknode.pro/<40 hex>/)',
    keywords: ['quiknode.pro/'],
    regex: /(?:https|wss):\/\/[a-z0-9.-]{2,100}\.quiknode\.pro\/(?<secret>[a-f0-9]{40})(?![A-Za-z0-9])/,
    entropy: 3,
    remediation: 'Rotate the endpoint token at https://dashboard.quicknode.com/endpoints (the endpoint → Security).',
    examples: () => ({
      match: [`RPC_URL=https://wild-silent-night.quiknode.pro/${fake(HEX, 40, 'qn1')}/`],
      noMatch: ['RPC_URL=https://your-endpoint.quiknode.pro/<token>/'],
    }),
  },
  {
    id: 'etherscan-api-key',
    provider: 'Etherscan',
    description: 'Etherscan (or BscScan, PolygonScan, Arbiscan…) API key (34 characters) next to an explorer name',
    keywords: ['etherscan', 'bscscan', 'polygonscan', 'arbiscan', 'snowtrace', 'ftmscan'],
    regex: keyed(
      credentialName(either(...['etherscan', 'bscscan', 'polygonscan', 'arbiscan', 'snowtrace', 'ftmscan'].map(ci))),
      '[A-Z0-9]{34}',
    ),
    entropy: 3.5,
    remediation:
      'Delete the key at https://etherscan.io/apidashboard (or the explorer’s API keys page) and add a new one.',
    examples: () => ({
      match: [`ETHERSCAN_API_KEY=${fake(UPPER_ALNUM, 34, 'es1')}`, `bscscanApiKey: "${fake(UPPER_ALNUM, 34, 'es2')}"`],
      noMatch: ['ETHERSCAN_API_KEY=YOUR_ETHERSCAN_API_KEY', `ETHERSCAN_API_KEY=${fake(UPPER_ALNUM, 20, 'es3')}`],
    }),
  },
  {
    id: 'moralis-api-key',
    provider: 'Moralis',
    description: 'Moralis API key (a JWT, or 64 characters) next to a moralis name',
    keywords: ['moralis'],
    regex: keyed(credentialName(ci('moralis')), `(?:${JWT}|[A-Za-z0-9]{64})`),
    entropy: 3.5,
    remediation: 'Rotate the API key at https://admin.moralis.com (Settings → API keys).',
    examples: () => ({
      match: [
        `MORALIS_API_KEY=${fakeJwt({ nonce: fakeUuid('mr1'), orgId: '123456', userId: '234567', typeId: fakeUuid('mr2'), type: 'PROJECT', iat: 1700000000 }, 'mr3')}`,
        `MORALIS_API_KEY=${fake(ALNUM, 64, 'mr4')}`,
      ],
      noMatch: ['MORALIS_API_KEY=YOUR_API_KEY', `MORALIS_SERVER_URL=https://${fake(ALNUM, 12, 'mr5')}.usemoralis.com`],
    }),
  },
  {
    id: 'pinata-api-secret',
    provider: 'Pinata',
    description: 'Pinata API secret (64 hex) or JWT next to a pinata name',
    keywords: ['pinata'],
    regex: keyed(nameWith(ci('pinata'), either(ci('secret'), ci('jwt'))), `(?:[a-f0-9]{64}|${JWT})`),
    entropy: 3,
    remediation: 'Revoke the key at https://app.pinata.cloud/developers/api-keys and create a new one.',
    examples: () => ({
      match: [`PINATA_SECRET_API_KEY=${fake(HEX, 64, 'pn1')}`],
      noMatch: [`PINATA_API_KEY=${fake(HEX, 20, 'pn2')}`, 'PINATA_SECRET_API_KEY=<secret>'],
    }),
  },
  {
    id: 'coinmarketcap-api-key',
    provider: 'CoinMarketCap',
    description: 'CoinMarketCap API key (UUID) next to a coinmarketcap name',
    keywords: ['coinmarketcap'],
    regex: keyed(credentialName(ci('coinmarketcap')), UUID),
    // The sandbox key that CoinMarketCap's API documentation publishes.
    reject: /^b54bcf4d-1bca-4e8e-9a24-22ff2c3d462c$/,
    remediation: 'Regenerate the key at https://pro.coinmarketcap.com/account.',
    examples: () => ({
      match: [`COINMARKETCAP_API_KEY=${fakeUuid('cm1')}`],
      noMatch: ['COINMARKETCAP_API_KEY=b54bcf4d-1bca-4e8e-9a24-22ff2c3d462c', 'COINMARKETCAP_API_KEY=<key>'],
    }),
  },
  {
    id: 'blockcypher-api-token',
    provider: 'BlockCypher',
    description: 'BlockCypher API token (32 hex) next to a blockcypher name',
    keywords: ['blockcypher'],
    regex: keyed(credentialName(ci('blockcypher')), '[a-f0-9]{32}'),
    entropy: 3,
    remediation: 'Delete the token at https://accounts.blockcypher.com/tokens and create a new one.',
    examples: () => ({
      match: [`BLOCKCYPHER_TOKEN=${fake(HEX, 32, 'bc1')}`],
      noMatch: ['BLOCKCYPHER_TOKEN=<token>', `BLOCKCYPHER_COIN=${fake(HEX, 8, 'bc2')}`],
    }),
  },
  {
    id: 'settlemint-token',
    provider: 'SettleMint',
    description: 'SettleMint personal, application or service access token (sm_pat_, sm_aat_, sm_sat_)',
    keywords: ['sm_pat_', 'sm_aat_', 'sm_sat_'],
    regex: prefixed('sm_', '(?:pat|aat|sat)_[A-Za-z0-9]{16,64}'),
    entropy: 3,
    remediation:
      'Delete the token in the SettleMint console (Personal access tokens, or the application → Access tokens).',
    examples: () => ({
      match: [`SETTLEMINT_ACCESS_TOKEN=${join('sm_', 'pat_', fake(ALNUM, 16, 'sm1'))}`],
      noMatch: [`SETTLEMINT_ACCESS_TOKEN=${join('sm_', 'pat_', 'xxxxxxxxxxxxxxxx')}`],
    }),
  },
];

const wallets: RuleFamily['rules'] = [
  {
    id: 'ethereum-private-key',
    provider: 'Ethereum (EVM wallet)',
    description: 'EVM wallet private key (0x + 64 hex) assigned to a private key name (Hardhat, Foundry, .env)',
    keywords: [...spellings('private', 'key'), 'privatekey'],
    regex: keyed(words('private', 'key'), '0x[0-9a-fA-F]{64}'),
    entropy: 3,
    remediation:
      'The key cannot be revoked: move every asset to a new wallet now, then replace the key everywhere it is used.',
    examples: () => ({
      match: [
        `DEPLOYER_PRIVATE_KEY=${join('0x', fake(HEX, 64, 'ev1'))}`,
        `privateKey: "${join('0x', fake(HEX, 64, 'ev2'))}",`,
      ],
      noMatch: [`TX_HASH=${join('0x', fake(HEX, 64, 'ev3'))}`, `PRIVATE_KEY=0x${'0'.repeat(63)}1`],
    }),
  },
];

const exchanges: RuleFamily['rules'] = [
  {
    id: 'kraken-private-key',
    provider: 'Kraken',
    description: 'Kraken API private key (base64 of 64 bytes) next to a kraken secret name',
    keywords: ['kraken'],
    regex: keyed(exchangeSecret('kraken'), '[A-Za-z0-9+/]{86}==', '(?![A-Za-z0-9+/=])'),
    entropy: 4.5,
    remediation: EXCHANGE_REVOKE('https://pro.kraken.com/app/settings/api'),
    examples: () => ({
      match: [`KRAKEN_PRIVATE_KEY=${fake(B64, 86, 'kr1')}==`],
      noMatch: [`KRAKEN_API_KEY=${fake(B64, 56, 'kr2')}`, 'KRAKEN_PRIVATE_KEY=<private key>'],
    }),
  },
  {
    id: 'bitfinex-api-secret',
    provider: 'Bitfinex',
    description: 'Bitfinex API secret (43 characters) next to a bitfinex secret name',
    keywords: ['bitfinex'],
    regex: keyed(exchangeSecret('bitfinex'), '[A-Za-z0-9]{43}'),
    entropy: 4,
    remediation: EXCHANGE_REVOKE('https://setting.bitfinex.com/api'),
    examples: () => ({
      match: [`BITFINEX_API_SECRET=${fake(ALNUM, 43, 'bf1')}`],
      noMatch: [`BITFINEX_API_KEY=${fake(ALNUM, 30, 'bf2')}`, 'BITFINEX_API_SECRET=<secret>'],
    }),
  },
  {
    id: 'binance-api-secret',
    provider: 'Binance',
    description: 'Binance API secret key (64 characters) next to a binance secret name',
    keywords: ['binance'],
    regex: keyed(exchangeSecret('binance'), '[A-Za-z0-9]{64}'),
    entropy: 4,
    remediation: EXCHANGE_REVOKE('https://www.binance.com/en/my/settings/api-management'),
    examples: () => ({
      match: [`BINANCE_API_SECRET=${fake(ALNUM, 64, 'bn1')}`, `binance_secret_key: "${fake(ALNUM, 64, 'bn2')}"`],
      noMatch: [`BINANCE_API_KEY=${fake(ALNUM, 30, 'bn3')}`, 'BINANCE_API_SECRET=your_binance_api_secret'],
    }),
  },
  {
    id: 'kucoin-api-secret',
    provider: 'KuCoin',
    description: 'KuCoin API secret (UUID) next to a kucoin secret name',
    keywords: ['kucoin'],
    regex: keyed(exchangeSecret('kucoin'), UUID),
    remediation: EXCHANGE_REVOKE('https://www.kucoin.com/account/api'),
    examples: () => ({
      match: [`KUCOIN_API_SECRET=${fakeUuid('ku1')}`],
      noMatch: [`KUCOIN_API_KEY=${fake(HEX, 24, 'ku2')}`, 'KUCOIN_API_SECRET=<secret>'],
    }),
  },
  {
    id: 'bittrex-api-secret',
    provider: 'Bittrex',
    description: 'Bittrex API secret (32 hex) next to a bittrex secret name',
    keywords: ['bittrex'],
    regex: keyed(exchangeSecret('bittrex'), '[a-f0-9]{32}'),
    entropy: 3,
    remediation: EXCHANGE_REVOKE('the Bittrex account (Settings → API Keys)'),
    examples: () => ({
      match: [`BITTREX_API_SECRET=${fake(HEX, 32, 'bx1')}`],
      noMatch: [`BITTREX_API_KEY=${fake(HEX, 32, 'bx2')}`, 'BITTREX_API_SECRET=<secret>'],
    }),
  },
  {
    id: 'bybit-api-secret',
    provider: 'Bybit',
    description: 'Bybit API secret (36 characters) next to a bybit secret name',
    keywords: ['bybit'],
    regex: keyed(exchangeSecret('bybit'), '[A-Za-z0-9]{36}'),
    entropy: 4,
    remediation: EXCHANGE_REVOKE('https://www.bybit.com/app/user/api-management'),
    examples: () => ({
      match: [`BYBIT_API_SECRET=${fake(ALNUM, 36, 'by1')}`],
      noMatch: [`BYBIT_API_KEY=${fake(ALNUM, 18, 'by2')}`, 'BYBIT_API_SECRET=<secret>'],
    }),
  },
];

export const web3: RuleFamily = {
  family: 'web3',
  rules: [...nodes, ...wallets, ...exchanges],
};
