/** Users, password hashes (made by the server) and roles. */
package org.ecocorridor.store.security;
