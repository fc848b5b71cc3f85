/** Pages for signing in and out, and the session rules that go with them. */
package org.attune.account.web;
