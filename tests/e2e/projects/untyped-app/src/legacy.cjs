// CommonJS JavaScript
const fs = require('fs');
const { hashSync } = require('bcrypt');

async function load(path) {
  return fs.readFileSync(path, 'utf8');
}

async function hashPassword(password) {
  // a third-party sync API: without types, its async sibling cannot be known
  return hashSync(password, 10);
}

module.exports = { load, hashPassword };
