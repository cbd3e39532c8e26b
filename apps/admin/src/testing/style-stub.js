// Jest stand-in for CSS imports: styles do not matter to component tests.
module.exports = {};
