import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "github-pages",
  pages: {
    "site-not-found": {
      says: { en: "c8bbc236", text: "GitHub Pages 的“There isn't a GitHub Pages site here.”页面：该主机名指向 GitHub Pages，但没有任何仓库为它发布站点。" },
    },
    "file-not-found": {
      says: { en: "24a84d67", text: "GitHub Pages 的“File not found”页面：站点存在，但已发布的构建中没有该路径的文件（请检查路径大小写、构建输出和 index.html）。" },
    },
  },
});
