// Taro writes some templates into the main package's base.wxml whether or not the app uses them
// (webpack5-runner's componentConfig always includes them), once per template level. Two we never
// use are left out through Taro's modifyComponentConfig hook:
//   - scroll-view (about 9 KB): lint forbids <ScrollView>; a row that scrolls sideways is a view
//     with overflow-x (PlaceFilters);
//   - catch-view (about 6 KB): the View Taro picks for catchMove; lint forbids catchMove.
// A page that used either would render nothing there: tests/weapp/every-page renders them all.
module.exports = (ctx) => {
  ctx.modifyComponentConfig(({ componentConfig }) => {
    componentConfig.includes.delete('scroll-view')
    componentConfig.includes.delete('catch-view')
  })
}
